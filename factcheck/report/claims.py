"""Claim lists as text, JSON, JSON Lines, YAML or CSV (`factcheck extract --format`)."""

from __future__ import annotations

import csv
import io
import json
from typing import Iterable

from ..models import Claim

CLAIM_FORMATS = ("text", "json", "jsonl", "yaml", "csv")

# Columns of the CSV and of the text table, in reading order.
CSV_COLUMNS = [
    "id", "source", "line", "column", "page", "kind", "text", "value", "unit", "currency_assumed", "lower",
    "upper", "qualifier", "change", "per", "subject", "subject_head", "place", "period", "entity", "event",
    "scope", "start", "end", "sentence",
]


def claim_dict(claim: Claim) -> dict:
    return claim.model_dump(mode="json")


def render_claims(claims: Iterable[Claim], fmt: str) -> str:
    claims = list(claims)
    if fmt == "json":
        return json.dumps({"version": 1, "claims": [claim_dict(c) for c in claims]}, indent=2, ensure_ascii=False) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(claim_dict(c), ensure_ascii=False) + "\n" for c in claims)
    if fmt == "yaml":
        from ruamel.yaml import YAML

        yaml = YAML()
        yaml.default_flow_style = False
        yaml.width = 4096
        stream = io.StringIO()
        yaml.dump({"version": 1, "claims": [claim_dict(c) for c in claims]}, stream)
        return stream.getvalue()
    if fmt == "csv":
        stream = io.StringIO()
        writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for c in claims:
            writer.writerow({k: ("" if v is None else v) for k, v in claim_dict(c).items()})
        return stream.getvalue()
    if fmt == "text":
        return render_table(claims)
    raise ValueError(f"unknown claim format {fmt!r}")


def _bounds(claim: Claim) -> str:
    if claim.qualifier == "exact":
        return ""
    low = "" if claim.lower is None else _num(claim.lower)
    high = "" if claim.upper is None else _num(claim.upper)
    left = "[" if claim.lower_inclusive and claim.lower is not None else "("
    right = "]" if claim.upper_inclusive and claim.upper is not None else ")"
    return f"{left}{low}, {high}{right}"


def _num(value) -> str:
    if isinstance(value, float):
        return f"{value:,.0f}" if value == int(value) else f"{value:,.6g}"
    return str(value)


def render_table(claims: list[Claim]) -> str:
    """A plain aligned table for reading in a terminal: where, what was said, and how it was read."""
    header = ["where", "kind", "text", "value", "bounds", "subject", "place", "period"]
    rows = [header]
    for c in claims:
        value = "" if c.value is None else _num(c.value)
        if c.unit and c.kind != "percent":
            value += f" {c.unit}" + ("?" if c.currency_assumed else "")
        elif c.kind == "percent":
            value += "%"
        if c.per:
            value += f"/{c.per}"
        text = " ".join(c.text.split())
        rows.append([f"{c.source}:{c.line}:{c.column}", c.kind, text[:48], value, _bounds(c),
                     (c.subject_head or "")[:20], c.place or "", c.period or ""])
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines.append(f"{len(claims)} claim{'s' if len(claims) != 1 else ''}")
    return "\n".join(lines) + "\n"
