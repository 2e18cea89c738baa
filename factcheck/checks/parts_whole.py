"""parts-whole: the parts listed after a total do not add up to it.

Flags:
    A count followed by a colon and a list of counts of the same kind ("In 2017, 236
    road deaths were recorded: 131 pedestrians, 58 cyclists, 41 motorcyclists and 12
    drivers"; "147 victims were identified: Guatemalan (123); Honduran (10); ...") whose
    sum differs from the total.
Why it matters:
    Breakdowns are copied from tables, and a dropped or mistyped row silently changes
    the story's proportions.
Example:
    236 = 131 + 58 + 41 + 12 is false (the parts add up to 242).
"""

from __future__ import annotations

from typing import Iterable

from ..align import Alignment
from ..align.events import position_in_sentence
from ..config import AuditConfig
from ..models import Finding
from .base import Check, Example, fmt, name, quote


class PartsWhole(Check):
    id = "parts-whole"
    severity = "error"
    examples = [
        Example("236 deaths: 131 + 58 + 41 + 12 = 242", {
            "a.md": "---\npublished: 2018-10-03\n---\nIn 2017, 236 road deaths were recorded: 131 pedestrians, 58 cyclists, 41 motorcyclists and 12 drivers.\n",
        }, True, ("236", "131")),
        Example("212 deaths: 120 + 54 + 30 + 8 = 212", {
            "a.md": "---\npublished: 2021-05-12\n---\nIn 2019, 212 deaths were recorded: 120 pedestrians, 54 cyclists, 30 motorcyclists and 8 drivers.\n",
        }, False),
        Example("nationalities in parentheses add up", {
            "a.md": "---\npublished: 2011-03-01\n---\nIn 2010, 40 patients were treated, with these origins: Northern (25); Southern (10); Eastern (5).\n",
        }, False),
    ]

    def run(self, aligned: Alignment, config: AuditConfig) -> Iterable[Finding]:
        for claims in aligned.sentences():
            sentence = claims[0].sentence
            colon = sentence.find(":")
            if colon == -1:
                continue
            counts = [c for c in claims if c.kind == "count" and isinstance(c.value, float)]
            wholes = [c for c in counts if position_in_sentence(c) < colon]
            parts = [c for c in counts if position_in_sentence(c) > colon]
            if not wholes or len(parts) < 2 or any(p.qualifier != "exact" for p in parts):
                continue
            whole = wholes[-1]
            total = sum(p.value for p in parts)
            slack = abs(whole.value) * config.tolerances.parts_total
            low = (whole.lower if isinstance(whole.lower, float) else 0.0) - slack
            high = (whole.upper if isinstance(whole.upper, float) else float("inf")) + slack
            if low <= total <= high:
                continue
            listing = " + ".join(fmt(p.value) for p in parts)
            message = (f"{name(whole)} line {whole.line}: the parts listed after {quote(whole)} add up to "
                       f"{fmt(total)} ({listing}), not {fmt(whole.value)}.")
            yield self.finding(message, [(whole, "whole")] + [(p, "part") for p in parts],
                               {"whole": whole.value, "sum_of_parts": total, "difference": total - whole.value})
