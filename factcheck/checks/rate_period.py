"""rate-period: the same rate stated per day and per year does not convert.

Flags:
    Rates of the same thing in the same place and period counted per different periods
    ("about 2,000 vehicles a day" and "7.3 million vehicles a year") whose values,
    converted to one period (365 days a year, 12 months, 52.18 weeks), allow no common value.
Why it matters:
    Daily and yearly figures are converted by hand, and a slipped zero is common; the
    converted figure shows the reader which one is off.
Example:
    About 2,000 a day is 657,000-803,000 a year, not 7.3 million.
"""

from __future__ import annotations

from typing import Iterable

from ..align import Alignment
from ..align.keys import interval, overlaps, subjects_compatible
from ..config import AuditConfig
from ..models import Finding
from .base import Check, Example, fmt_span, name, quote


class RatePeriod(Check):
    id = "rate-period"
    severity = "error"
    examples = [
        Example("2,000 a day is not 7.3 million a year", {
            "a.md": "---\npublished: 2017-09-05\n---\nIn 2017 the Kestrel Bridge in Port Aurel carried about 2,000 vehicles a day.\n",
            "b.md": "---\npublished: 2018-10-03\n---\nIn 2017 the Kestrel Bridge in Port Aurel carried about 7.3 million vehicles a year.\n",
        }, True, ("2,000", "7.3 million")),
        Example("an open bound that does not convert", {
            "a.md": "---\npublished: 2017-09-05\n---\nIn 2017 about 2,000 people crossed the Valdoria border every day.\n",
            "b.md": "---\npublished: 2018-10-03\n---\nIn 2017 at least 900,000 people crossed the Valdoria border each "
                    "year.\n",
        }, True, ("2,000", "900,000")),
        Example("20,000 a day is about 7.3 million a year", {
            "a.md": "---\npublished: 2017-09-05\n---\nThe Kestrel Bridge in Port Aurel carries about 20,000 vehicles a day.\n",
            "b.md": "---\npublished: 2018-10-03\n---\nThe Kestrel Bridge in Port Aurel carries about 7.3 million vehicles a year.\n",
        }, False),
    ]

    def run(self, aligned: Alignment, config: AuditConfig) -> Iterable[Finding]:
        for group in aligned.measure_groups:
            claims = [aligned.claims[i] for i in group if aligned.claims[i].per]
            pers = {c.per for c in claims}
            if len(pers) < 2:
                continue
            spans = {id(c): interval(c, config.tolerances.rounding) for c in claims}
            reported = set()
            for a in claims:
                for b in claims:
                    if a.per >= b.per or a.source == b.source and a.sentence == b.sentence:
                        continue
                    if overlaps(spans[id(a)], spans[id(b)]) or (a.id, b.id) in reported or \
                            not subjects_compatible(a, b):
                        continue
                    reported.add((a.id, b.id))
                    lo, hi = spans[id(a)]
                    message = (f"{name(a)} says {quote(a)} ({fmt_span(lo, hi)} a year) but {name(b)} says "
                               f"{quote(b)} ({fmt_span(*spans[id(b)])} a year) for the same "
                               f"{a.subject or a.subject_head}.")
                    yield self.finding(message, [(a, "rate"), (b, "rate")],
                                       {"per_year_low_a": lo, "per_year_high_a": hi,
                                        "per_year_low_b": spans[id(b)][0], "per_year_high_b": spans[id(b)][1]})
