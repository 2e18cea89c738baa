"""currency-mismatch: the same amount of the same thing, given in two currencies.

Flags:
    Amounts of money for the same subject, place and period whose figures are equal but
    whose currencies differ ("a budget of US $4.2 million" and "a budget of 4.2 million
    pesos"), or where one of the two currencies was only assumed from a bare "$".
Why it matters:
    The figure was copied and the currency changed on the way; an amount in pesos and the
    same number in dollars differ by a factor of about twenty.
Example:
    "The grant was 5 million pesos." against "The grant was US $5 million."
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from ..align import Alignment
from ..align.keys import entities_compatible, period_key, place_key, subject_key
from ..config import AuditConfig
from ..models import Claim, Finding
from .base import Check, Example, name, quote


class CurrencyMismatch(Check):
    id = "currency-mismatch"
    severity = "warning"
    examples = [
        Example("5 million pesos vs US $5 million", {
            "a.md": "---\npublished: 2010-01-01\n---\nIn 2009 the shelter grant in Norland was 5 million pesos.\n",
            "b.md": "---\npublished: 2010-03-01\n---\nIn 2009 the shelter grant in Norland was US $5 million.\n",
        }, True, ("5 million pesos", "US $5 million")),
        Example("a programme the title names is no country of its own (programme briefs)", {
            "a.md": "---\ntitle: \"Familia Segura: Programme Brief\"\npublished: 2021-03-02\n---\nEach household "
                    "receives a monthly grant of 40 dollars.\n",
            "b.md": "---\npublished: 2021-09-20\n---\nIn 2020, 520,000 households were enrolled in Familia Segura. "
                    "Each household receives a monthly grant of 40 euros.\n",
        }, True, ("40 dollars", "40 euros")),
        Example("different amounts in different currencies are a conversion, not a mismatch", {
            "a.md": "---\npublished: 2010-01-01\n---\nIn 2009 the shelter grant in Norland was 65 million pesos.\n",
            "b.md": "---\npublished: 2010-03-01\n---\nIn 2009 the shelter grant in Norland was US $5 million.\n",
        }, False),
        Example("the same amount for two companies (music industry results)", {
            "a.md": "---\npublished: 2024-03-01\n---\nUniversal Music Group reported total revenue of $11.1 billion for "
                    "2023.\n",
            "b.md": "---\npublished: 2024-03-02\n---\nSony Music reported total revenue of €11.1 billion for 2023.\n",
        }, False),
    ]

    def run(self, aligned: Alignment, config: AuditConfig) -> Iterable[Finding]:
        groups: dict[tuple, list[Claim]] = defaultdict(list)
        for claim in aligned.claims:
            if claim.kind == "money" and isinstance(claim.value, float) and subject_key(claim):
                key = (subject_key(claim), place_key(claim, aligned.doc(claim).country), period_key(claim), claim.value)
                groups[key].append(claim)
        for key, claims in sorted(groups.items(), key=lambda kv: str(kv[0])):
            # (only amounts of one owner: "Universal reported $11.1 billion" and "Sony reported €11.1 billion")
            claims = [c for c in claims if any(o.unit != c.unit and entities_compatible(c, o) for o in claims)]
            currencies = {c.unit for c in claims}
            if len(currencies) < 2:
                continue
            ordered = sorted(claims, key=lambda c: (c.unit or "", c.source))
            described = "; ".join(f"{name(c)} line {c.line}: {quote(c)} ({c.unit}{', assumed' if c.currency_assumed else ''})"
                                  for c in ordered)
            message = f"The same amount for the same {key[0]} is given in {len(currencies)} currencies: {described}."
            yield self.finding(message, [(c, "amount") for c in ordered], {"amount": key[3]})
