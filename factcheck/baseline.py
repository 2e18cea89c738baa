"""Baselines: adopt factcheck on a corpus with known findings, and fail only on new ones.

A baseline file lists findings by fingerprint (rule + the claims' file names and
stable ids), so moving lines or files around does not make old findings look new.
`--write-baseline FILE` records the current findings; `--baseline FILE` drops the
findings it holds from the report and lists its entries that no longer occur (stale).
A full JSON report also works as a baseline.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from .errors import InputError
from .models import Finding


class BaselineEntry(BaseModel):
    fingerprint: str
    rule: str
    message: str = ""


class BaselineResult(BaseModel):
    file: str
    matched: int
    stale: list[BaselineEntry]


def read_baseline(path: str) -> list[BaselineEntry]:
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError("baseline file not found", path=path) from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read baseline: {error}", path=path) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(f"baseline is not JSON: {error.msg}", path=path, line=error.lineno, column=error.colno) from None
    findings = data.get("findings") if isinstance(data, dict) else None
    if not isinstance(findings, list):
        raise InputError("baseline needs a 'findings' list (write one with --write-baseline)", path=path)
    entries = []
    for n, item in enumerate(findings):
        if not isinstance(item, dict) or not isinstance(item.get("fingerprint"), str) or not item["fingerprint"]:
            raise InputError(f"baseline finding {n} has no fingerprint", path=path)
        entries.append(BaselineEntry(fingerprint=item["fingerprint"], rule=str(item.get("rule", "")),
                                     message=str(item.get("message", ""))))
    return entries


def apply_baseline(findings: list[Finding], path: str) -> tuple[list[Finding], BaselineResult]:
    entries = read_baseline(path)
    known = {e.fingerprint for e in entries}
    current = {f.fingerprint for f in findings}
    kept = [f for f in findings if f.fingerprint not in known]
    stale = [e for e in entries if e.fingerprint not in current]
    return kept, BaselineResult(file=path, matched=len(findings) - len(kept), stale=stale)


def baseline_json(findings: list[Finding]) -> str:
    entries = sorted(
        ({"fingerprint": f.fingerprint, "rule": f.rule, "message": f.message} for f in findings if f.suppression is None),
        key=lambda e: (e["rule"], e["fingerprint"]),
    )
    return json.dumps({"version": 1, "findings": entries}, indent=2, ensure_ascii=False) + "\n"
