"""Subjects on unseen news text: factcheck's `subject` against NewsQuant's annotations.

The gold file under tests/ scores subjects on the five documents of the real corpus, which
the rules were written beside. This benchmark scores them on text they were not: CQE's
NewsQuant set (``../shared/benchmarks/cqe_newsquant.jsonl``), where each quantity carries
``unit`` (what is counted: "workers") and ``referred_concepts`` (what the quantity is
about: "Ford (F)"; ``"-"`` when nothing is). factcheck's subject folds both into one
noun phrase ("13000 workers": subject "workers"), so a claim agrees when the head of its
subject (singular, lower case) is a word of the item's unit or of its concepts.

An item is scored when its concepts are annotated and a claim of factcheck carries the
item's value (as value, lower or upper bound). Dates and ranks are left out: their
subject is the dated or ranked thing by design, which NewsQuant does not annotate.

Usage (from the project root)::

    python -m bench.subjects                 # the agreement, and how many items had no subject
    python -m bench.subjects --failures 30   # the first 30 disagreements
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SUITE = ROOT.parent / "shared" / "benchmarks" / "cqe_newsquant.jsonl"
LEFT_OUT_KINDS = frozenset({"date", "rank"})


@dataclass
class Outcome:
    text: str
    value: float
    wanted: str  # "unit | concepts", as annotated
    subject: Optional[str]
    agrees: bool


def _words(phrase: str) -> set[str]:
    from factcheck.extract.context import singular

    return {singular(w) for w in "".join(c if c.isalnum() else " " for c in phrase).split()}


def _carries(claim, value: float) -> bool:
    for number in (claim.value, claim.lower, claim.upper):
        if isinstance(number, float) and math.isclose(number, value, rel_tol=1e-9):
            return True
    return False


def score(path: Path) -> list[Outcome]:
    from factcheck import extract

    outcomes = []
    for line in path.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        claims = [c for c in extract(case["text"]) if c.kind not in LEFT_OUT_KINDS]
        for item in case["expected"]:
            concepts = item.get("referred_concepts") or "-"
            value = item.get("value")
            if concepts == "-" or not isinstance(value, (int, float)):
                continue
            claim = next((c for c in claims if _carries(c, float(value))), None)
            if claim is None:
                continue
            unit = item.get("unit") or ""
            head = claim.subject_head
            agrees = head is not None and head.lower() in _words(unit) | _words(concepts)
            outcomes.append(Outcome(case["text"], float(value), f"{unit} | {concepts}", claim.subject, agrees))
    return outcomes


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.subjects", description=__doc__.splitlines()[0])
    parser.add_argument("--suite", type=Path, default=DEFAULT_SUITE, help="NewsQuant JSONL file")
    parser.add_argument("--failures", type=int, default=0, metavar="N", help="print the first N disagreements")
    args = parser.parse_args(argv)
    if not args.suite.is_file():
        print(f"skipped: {args.suite} not found")
        return 0
    sys.path.insert(0, str(ROOT))
    outcomes = score(args.suite)
    if not outcomes:
        print("no scored items")
        return 0
    agreeing = sum(o.agrees for o in outcomes)
    missing = sum(o.subject is None for o in outcomes)
    print(f"NewsQuant subjects: {agreeing}/{len(outcomes)} agree ({agreeing / len(outcomes):.1%}); "
          f"{missing} claims had no subject")
    shown = 0
    for o in outcomes:
        if shown >= args.failures:
            break
        if not o.agrees:
            shown += 1
            print(f"\n-- {o.text}\n   value {o.value:g}: wanted {o.wanted!r}, got {o.subject!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
