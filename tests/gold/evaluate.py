"""Score extraction against the gold annotation: precision, recall and context agreement.

An extracted claim matches a gold claim when their spans overlap and they agree on
kind, value, bounds and unit (numbers within 0.1% or 0.01, dates exactly). Subject
head, place and period are scored separately, over the matched pairs.

    python -m tests.gold.evaluate            # prints the scores and every disagreement
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Any, Optional

from factcheck.extract import extract_document
from factcheck.models import Claim, Document

from .gold import GoldDocument, load_gold


def _same_number(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, str) or isinstance(b, str):
        return str(a) == str(b)
    return abs(float(a) - float(b)) <= max(0.01, 0.001 * abs(float(b)))


def value_agrees(claim: Claim, gold: dict) -> bool:
    return (
        claim.kind == gold["kind"]
        and _same_number(claim.value, gold.get("value"))
        and _same_number(claim.lower, gold.get("lower"))
        and _same_number(claim.upper, gold.get("upper"))
        and (claim.unit or None) == (gold.get("unit") or None)
    )


def _norm(value: Optional[str]) -> Optional[str]:
    return value.strip().lower() if isinstance(value, str) and value.strip() else None


@dataclass
class Score:
    extracted: int = 0
    gold: int = 0
    matched: int = 0
    context_total: int = 0
    context_agree: dict = field(default_factory=lambda: {"subject_head": 0, "place": 0, "period": 0})
    problems: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    def agreement(self, key: str) -> float:
        return self.context_agree[key] / self.context_total if self.context_total else 1.0

    @property
    def context_agreement(self) -> float:
        total = sum(self.context_agree.values())
        return total / (3 * self.context_total) if self.context_total else 1.0


def score_document(gold_doc: GoldDocument, score: Score) -> None:
    document = Document(source=gold_doc.file, text=gold_doc.text, published=gold_doc.published)
    claims = extract_document(document)
    score.extracted += len(claims)
    score.gold += len(gold_doc.claims)
    used: set[int] = set()
    for gold in gold_doc.claims:
        candidates = [c for c in claims if c.start < gold["end"] and gold["start"] < c.end and id(c) not in used]
        match = next((c for c in candidates if value_agrees(c, gold)), None)
        if match is None:
            got = "; ".join(f"{c.text!r} {c.kind} {c.value} [{c.lower},{c.upper}] {c.unit}" for c in candidates) or "nothing"
            score.problems.append(
                f"MISSED {gold_doc.file}: {gold['text']!r} {gold['kind']} {gold.get('value')} "
                f"[{gold.get('lower')},{gold.get('upper')}] {gold.get('unit')}  <- got {got}"
            )
            continue
        used.add(id(match))
        score.matched += 1
        score.context_total += 1
        for key in ("subject_head", "place", "period"):
            if _norm(getattr(match, key)) == _norm(gold.get(key)):
                score.context_agree[key] += 1
            else:
                score.problems.append(
                    f"CONTEXT {gold_doc.file}: {gold['text']!r} {key}: got {getattr(match, key)!r}, gold {gold.get(key)!r}"
                )
    for claim in claims:
        if id(claim) not in used and not any(
            claim.start < g["end"] and g["start"] < claim.end for g in gold_doc.claims
        ):
            score.problems.append(f"EXTRA  {gold_doc.file}:{claim.line}: {claim.text!r} {claim.kind} {claim.value}")


def evaluate(corpus_dir=None) -> Score:
    score = Score()
    for gold_doc in load_gold(corpus_dir):
        score_document(gold_doc, score)
    return score


def main() -> int:
    score = evaluate()
    for line in score.problems:
        print(line)
    print(
        f"precision {score.precision:.3f}  recall {score.recall:.3f}  "
        f"({score.matched} matched, {score.extracted} extracted, {score.gold} gold)  "
        f"subject {score.agreement('subject_head'):.2f} place {score.agreement('place'):.2f} "
        f"period {score.agreement('period'):.2f} context {score.context_agreement:.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
