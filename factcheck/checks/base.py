"""What every check is: an id, a default severity, a docstring in fixed sections, examples, and `run`.

A check's docstring has three sections, in this order, so `factcheck rules` and
the docs can show them: "Flags:", "Why it matters:", "Example:". Its `examples`
are small invented document sets that must flag, or must not; the test suite runs
every one of them (tests/test_checks.py).
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from typing import ClassVar, Iterable, Optional

from ..config import AuditConfig
from ..models import Claim, Evidence, Finding, Severity
from ..align import Alignment


@dataclass(frozen=True)
class Example:
    """Documents (name -> text; optional 'published' front matter in the text) and whether the check must flag."""

    name: str
    documents: dict[str, str]
    flags: bool
    mentions: tuple[str, ...] = ()  # strings the finding's claims must quote, when it flags


class Check:
    id: ClassVar[str]
    severity: ClassVar[Severity]
    examples: ClassVar[list[Example]] = []

    def run(self, aligned: Alignment, config: AuditConfig) -> Iterable[Finding]:
        raise NotImplementedError

    # -------------------------------------------------------------- helpers for subclasses

    def finding(self, message: str, claims: list[tuple[Claim, str]], numbers: Optional[dict] = None,
                severity: Optional[Severity] = None) -> Finding:
        evidence = []
        seen = set()
        for claim, role in claims:
            if claim.id + claim.source in seen:
                continue
            seen.add(claim.id + claim.source)
            evidence.append(Evidence.of(claim, role))
        return Finding(
            rule=self.id,
            severity=severity or self.severity,
            message=message,
            claims=evidence,
            numbers=numbers or {},
            fingerprint=fingerprint(self.id, [c for c, _ in claims]),
        )


def fingerprint(rule: str, claims: Iterable[Claim]) -> str:
    """Stable across line moves and file moves within the corpus: rule + file names + claim ids."""
    parts = sorted(f"{c.source.replace(chr(92), '/').rsplit('/', 1)[-1]}#{c.id}" for c in claims)
    return hashlib.sha256(("\x1f".join([rule] + parts)).encode()).hexdigest()[:32]


def name(claim: Claim) -> str:
    return claim.source.replace("\\", "/").rsplit("/", 1)[-1]


def quote(claim: Claim) -> str:
    return "“" + " ".join(claim.text.split()) + "”"


def said(aligned: Alignment, claim: Claim) -> str:
    """'report.md (published 2016-07-30) says “more than 500”'"""
    info = aligned.doc(claim)
    when = f", published {info.published.isoformat()}" + (" (estimated)" if info.published_estimated else "") if info.published else ""
    return f"{name(claim)} (line {claim.line}{when}) says {quote(claim)}"


def fmt_span(low: Optional[float], high: Optional[float]) -> str:
    """An interval as a reader says it: "657,000-803,000", "at least 900,000", "at most 12"."""
    open_low = low is None or math.isinf(low)
    open_high = high is None or math.isinf(high)
    if open_low and open_high:
        return "any value"
    if open_high:
        return f"at least {fmt(low)}"
    if open_low:
        return f"at most {fmt(high)}"
    return fmt(low) if low == high else f"{fmt(low)}-{fmt(high)}"


def fmt(value: Optional[float]) -> str:
    if value is None:
        return "?"
    if math.isinf(value):
        return "no limit" if value > 0 else "no floor"
    if abs(value - round(value)) < 1e-9 * max(1.0, abs(value)):
        return f"{int(round(value)):,}"
    if abs(value) < 1000:
        return f"{value:,.4g}"
    return f"{value:,.1f}".removesuffix(".0")  # (733,650,000.0000001 is 733,650,000)
