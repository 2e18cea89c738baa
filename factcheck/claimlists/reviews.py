"""`factcheck audit --claims DIR`: what reviewers decided, applied to an audit report.

* ``approved`` records are references. A claim in any audited document that measures
  the same thing (same measure, subject, place and period keys as alignment uses) and
  whose interval does not overlap the approved one (or the record's ``corrected``
  value) gets an error finding, rule ``reviewed-claim``, naming the record.
* ``disputed`` records are flagged wherever the figure is repeated: the original claim
  and any claim with the same kind, measure, subject and value, in any document
  (rule ``disputed-claim``, warning).
* ``ignored`` records waive findings: a finding all of whose claims are ignored, or one
  that holds an ignored claim whose record lists the finding's rule or fingerprint in
  ``ignore_findings``, gets a ``claim-list`` suppression and never fails the run.

``unreviewed``, ``needs-review`` and stale records change nothing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Optional

from ..align.keys import (interval, measure_key, overlaps, parts_compatible, period_key, place_key, subject_key,
                          subjects_compatible, to_common)
from ..checks.base import fingerprint, name, quote
from ..config import AuditConfig
from ..models import Claim, Evidence, Finding, Suppression
from .store import ClaimList, ClaimLists, Record

MEASURABLE = ("count", "percent", "money", "quantity", "rate", "duration")
REVIEWED_RULE = "reviewed-claim"
DISPUTED_RULE = "disputed-claim"


@dataclass
class Reviewed:
    """A reviewed record and the claim it stands for (the audited one when its document was audited)."""

    claim_list: ClaimList
    record: Record
    claim: Claim
    country: Optional[str]
    audited: bool

    @property
    def where(self) -> str:
        return f"{self.claim_list.label}#{self.record.id}"

    def by(self) -> str:
        return self.record.reviewer or "an unnamed reviewer"


def _is_breakdown_part(claim: Claim) -> bool:
    from .. import align

    check = getattr(align, "_is_breakdown_part", None)
    try:
        return bool(check(claim)) if check else False
    except Exception:
        return False


def _number(value: Optional[float]) -> Optional[float]:
    if value is None or math.isinf(value):
        return None
    return value


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        if value.is_integer():
            return f"{int(value):,}"
        return f"{value:,.6g}"
    return str(value)


def apply_reviews(report, lists: ClaimLists, config: Optional[AuditConfig] = None):
    """The report with reviewers' decisions applied: new findings, suppressions, a fresh summary."""
    from ..audit import sort_findings

    config = config or AuditConfig()
    rounding = config.tolerances.rounding
    countries = {d.source: d.country for d in report.documents}
    published = {d.source: d.published for d in report.documents}

    # Which record (if any) each audited claim has.
    live: dict[tuple[str, str], Claim] = {}
    record_of: dict[tuple[str, str], tuple[ClaimList, Record]] = {}
    for claim in report.claims:
        live[(claim.source, claim.id)] = claim
        claim_list, record = lists.record_for(claim.source, claim.id)
        if claim_list is not None and record is not None:
            record_of[(claim.source, claim.id)] = (claim_list, record)
    # Keys of every audited claim, computed once (a corpus has thousands of claims, a list hundreds of decisions).
    by_measure: dict[tuple, list[Claim]] = {}
    by_value: dict[tuple, list[Claim]] = {}
    for claim in report.claims:
        if claim.kind in MEASURABLE and not _is_breakdown_part(claim):
            measured = (claim.kind, measure_key(claim), subject_key(claim),
                        place_key(claim, countries.get(claim.source)), period_key(claim))
            if measured[1] is not None and measured[2] is not None:
                by_measure.setdefault(measured, []).append(claim)
        repeated = (claim.kind, measure_key(claim), subject_key(claim), _value_key(claim))
        if repeated[2] is not None and repeated[3] is not None:
            by_value.setdefault(repeated, []).append(claim)

    audited_source: dict[int, str] = {}  # id(ClaimList) -> the source the audit read it as
    for (source, _), (claim_list, _) in record_of.items():
        audited_source.setdefault(id(claim_list), source)
    for d in report.documents:
        found = lists.for_source(d.source)
        if found is not None:
            audited_source.setdefault(id(found), d.source)

    def reviewed(status: str) -> list[Reviewed]:
        out = []
        for claim_list in lists:
            source = audited_source.get(id(claim_list))
            for record in claim_list.records:
                if record.status != status:
                    continue
                claim = live.get((source, record.id)) if source is not None else None
                if claim is not None:
                    out.append(Reviewed(claim_list, record, claim, countries.get(source), True))
                    continue
                rebuilt = record.to_claim(claim_list.document, claim_list.published or
                                          (published.get(source) if source else None))
                if rebuilt is not None:
                    out.append(Reviewed(claim_list, record, rebuilt, claim_list.country, False))
        return out

    def status_of(claim: Claim) -> Optional[str]:
        found = record_of.get((claim.source, claim.id))
        return found[1].status if found else None

    def is_itself(claim: Claim, ref: Reviewed) -> bool:
        found = record_of.get((claim.source, claim.id))
        return bool(found and found[0] is ref.claim_list and found[1] is ref.record)

    new: list[Finding] = []

    # ---------------------------------------------------------------- approved: the reference
    for ref in reviewed("approved"):
        anchor = ref.claim
        if anchor.kind not in MEASURABLE:
            continue
        keys = (anchor.kind, measure_key(anchor), subject_key(anchor), place_key(anchor, ref.country),
                period_key(anchor))
        if keys[1] is None or keys[2] is None:
            continue
        bounds = ref.record.corrected_bounds() if ref.record.corrected is not None else None
        reference = anchor
        if bounds is not None:
            low, high = bounds
            reference = anchor.model_copy(update={
                "value": low if low == high else None, "lower": low, "upper": high,
                "qualifier": "exact" if low == high else "range",
                "text": _fmt(low) if low == high else f"{_fmt(low)}–{_fmt(high)}",
            })
        ref_span = interval(reference, rounding)
        for claim in by_measure.get(keys, ()):
            if is_itself(claim, ref) or status_of(claim) == "ignored":
                continue
            if not parts_compatible(claim, anchor) or not subjects_compatible(claim, anchor):
                continue  # (a region's schools are no figure for all schools; "new schools" are not "schools")
            span = interval(claim, rounding)
            if overlaps(span, ref_span):
                continue
            new.append(_reviewed_finding(claim, ref, reference, span, ref_span, bounds is not None))

    # ---------------------------------------------------------------- disputed: flagged wherever repeated
    for ref in reviewed("disputed"):
        anchor = ref.claim
        if ref.audited:
            new.append(_disputed_finding(anchor, ref, original=True))
        repeated = (anchor.kind, measure_key(anchor), subject_key(anchor), _value_key(anchor))
        if repeated[2] is None or repeated[3] is None:
            continue
        for claim in by_value.get(repeated, ()):
            if is_itself(claim, ref) or status_of(claim) == "ignored":
                continue
            new.append(_disputed_finding(claim, ref, original=False))

    # ---------------------------------------------------------------- ignored: waive findings
    findings = []
    for finding in list(report.findings) + new:
        if finding.suppression is None:
            waiver = _waiver(finding, lists)
            if waiver is not None:
                finding = finding.model_copy(update={"suppression": waiver})
        findings.append(finding)

    findings = sort_findings(findings)
    summary = {level: sum(1 for f in findings if f.severity == level and f.suppression is None)
               for level in ("error", "warning", "info")}
    summary["suppressed"] = sum(1 for f in findings if f.suppression is not None)
    return report.model_copy(update={"findings": findings, "summary": summary})


def _value_key(claim: Claim) -> Optional[tuple]:
    def norm(v: Any) -> Optional[str]:
        if v is None:
            return None
        if isinstance(v, str):
            return v
        common = to_common(claim, v)
        return None if common is None else f"{common:.9g}"

    if claim.value is not None:
        return ("value", norm(claim.value))
    if claim.lower is None and claim.upper is None:
        return None
    return ("range", norm(claim.lower), norm(claim.upper))


def _evidence(claim: Claim, role: str) -> Evidence:
    return Evidence.of(claim, role)


def _reviewed_finding(claim: Claim, ref: Reviewed, reference: Claim, span: tuple[float, float],
                      ref_span: tuple[float, float], corrected: bool) -> Finding:
    subject = claim.subject or claim.subject_head or "this"
    period = f" for {claim.period}" if claim.period else ""
    what = f"the corrected value {quote(reference)} of {quote(ref.claim)}" if corrected else quote(ref.claim)
    reference_doc = name(ref.claim)
    note = f" (note: {ref.record.note})" if ref.record.note else ""
    message = (
        f"{name(claim)} (line {claim.line}) says {quote(claim)} about {subject}{period}, but the reviewed claim "
        f"{ref.where}, approved by {ref.by()}{note}, has {what} ({reference_doc}, line {ref.claim.line}): "
        "the two cannot both be true."
    )
    claims = [_evidence(claim, "contradicts"), _evidence(ref.claim, "reviewed")]
    numbers: dict[str, Any] = {
        "claim_low": _number(span[0]), "claim_high": _number(span[1]),
        "reviewed_low": _number(ref_span[0]), "reviewed_high": _number(ref_span[1]),
        "claim_list": ref.claim_list.label, "reviewed_id": ref.record.id,
        "reviewer": ref.record.reviewer,
    }
    return Finding(rule=REVIEWED_RULE, severity="error", message=message, claims=claims, numbers=numbers,
                   fingerprint=fingerprint(REVIEWED_RULE, [claim, ref.claim]))


def _disputed_finding(claim: Claim, ref: Reviewed, original: bool) -> Finding:
    note = f": {ref.record.note}" if ref.record.note else ""
    corrected = ""
    bounds = ref.record.corrected_bounds()
    if bounds is not None:
        low, high = bounds
        corrected = f"; the reviewer's corrected value is {_fmt(low) if low == high else _fmt(low) + '–' + _fmt(high)}"
    if original:
        lead = f"{name(claim)} (line {claim.line}) says {quote(claim)}, which"
    else:
        lead = (f"{name(claim)} (line {claim.line}) repeats {quote(claim)} about "
                f"{claim.subject or claim.subject_head or 'this'}, a figure that")
    message = f"{lead} {ref.by()} disputed in {ref.where}{note}{corrected}."
    claims = [_evidence(claim, "repeats" if not original else "disputed")]
    if not original:
        claims.append(_evidence(ref.claim, "disputed"))
    numbers: dict[str, Any] = {"claim_list": ref.claim_list.label, "disputed_id": ref.record.id,
                               "reviewer": ref.record.reviewer}
    return Finding(rule=DISPUTED_RULE, severity="warning", message=message, claims=claims, numbers=numbers,
                   fingerprint=fingerprint(DISPUTED_RULE, [claim, ref.claim]))


def _waiver(finding: Finding, lists: ClaimLists) -> Optional[Suppression]:
    found: list[tuple[ClaimList, Optional[Record]]] = []
    for evidence in finding.claims:
        claim_list, record = lists.record_for(evidence.source, evidence.id)
        found.append((claim_list, record) if claim_list is not None else (None, None))  # type: ignore[arg-type]
    ignored = [(cl, r) for cl, r in found if r is not None and r.status == "ignored"]
    if not ignored:
        return None
    if len(ignored) == len(found):
        chosen = ignored
    else:
        chosen = [(cl, r) for cl, r in ignored
                  if finding.rule in r.ignore_findings or finding.fingerprint in r.ignore_findings]
        if not chosen:
            return None
    notes = []
    places = []
    for claim_list, record in chosen:
        text = record.note or f"claim {record.id} ignored by {record.reviewer or 'a reviewer'}"
        if text not in notes:
            notes.append(text)
        if claim_list.label not in places:
            places.append(claim_list.label)
    return Suppression(kind="claim-list", justification="; ".join(notes), location=", ".join(places))
