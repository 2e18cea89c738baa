"""rank-conflict: the same ranking puts the same thing in different positions.

Flags:
    Rank claims in one ranking (the same superlative, such as "most lucrative" or
    "leading cause of death", and the same place) that give different positions:
    "the second" against "the third most lucrative"; "one of the most lucrative after
    drug and arms trafficking" counts as third; "the largest" against "the second-largest".
Why it matters:
    Rankings are quoted because they are memorable, and a wrong position travels fast.
    A ranking has one order however late a document reports it, so publication dates
    do not excuse the difference.
Example:
    "Road crashes are the second leading cause of death among young people in Valdoria."
    against "...the third leading cause of death for young Valdorians."
"""

from __future__ import annotations

from typing import Iterable

from ..align import Alignment
from ..align.keys import TIME_NOUNS
from ..config import AuditConfig
from ..models import Finding
from .base import Check, Example, name, said
from .clusters import majority_and_dissent




def _by_ranked_time(claims: list) -> list[list]:
    """A ranking of years ranks a different year in each period: "2022 was the warmest year" and "2023 was
    the second-warmest" do not disagree. Such claims are compared period by period; others as one group."""
    def ranks_times(c) -> bool:  # ("the second-warmest year" holds its noun in its scope)
        words = (c.scope or "").split()
        return (c.subject_head or "") in TIME_NOUNS or bool(words) and words[-1] in TIME_NOUNS

    if not all(ranks_times(c) for c in claims):
        return [claims]
    periods: dict = {}
    for c in claims:
        periods.setdefault(c.period, []).append(c)
    return list(periods.values())


class RankConflict(Check):
    id = "rank-conflict"
    severity = "error"
    examples = [
        Example("the warmest year and the second-warmest, of the same year", {
            "a.md": "---\npublished: 2024-03-28\n---\nLast year was Norland's second-warmest year on record.\n",
            "b.md": "---\npublished: 2024-04-10\n---\n2023 was Norland's warmest year since records began.\n",
        }, True, ("second-warmest", "warmest")),
        Example("the warmest year and the second-warmest, of different years", {
            "a.md": "---\npublished: 2024-03-28\n---\n2022 was Norland's second-warmest year on record.\n",
            "b.md": "---\npublished: 2024-04-10\n---\n2023 was Norland's warmest year since records began.\n",
        }, False),
        Example("second vs third leading cause", {
            "a.md": "---\npublished: 2015-03-01\n---\nIn Valdoria, road crashes are the second leading cause of death among young people.\n",
            "b.md": "---\npublished: 2017-09-01\n---\nRoad crashes are the third leading cause of death among young people in Valdoria.\n",
        }, True, ("second", "third")),
        Example("second vs one of the most ... after two others (= third)", {
            "a.md": "---\npublished: 2012-01-01\n---\nSmuggling is the second most profitable trade in Norland.\n",
            "b.md": "---\npublished: 2013-01-01\n---\nIn Norland, smuggling is one of the most profitable trades after gambling and fraud.\n",
        }, True, ("second",)),
        Example("different places are different rankings", {
            "a.md": "---\npublished: 2012-01-01\n---\nSmuggling is the second most profitable trade in Norland.\n",
            "b.md": "---\npublished: 2013-01-01\n---\nWorldwide, smuggling is one of the most profitable trades after gambling and fraud.\n",
        }, False),
        Example("same position agrees", {
            "a.md": "---\npublished: 2012-01-01\n---\nTourism is the third largest industry in Norland.\n",
            "b.md": "---\npublished: 2013-01-01\n---\nIn Norland tourism is the third largest industry.\n",
        }, False),
    ]

    def run(self, aligned: Alignment, config: AuditConfig) -> Iterable[Finding]:
        for group in aligned.rank_groups:
            for claims in _by_ranked_time([aligned.claims[i] for i in group]):
                yield from self._conflicts(aligned, claims)

    def _conflicts(self, aligned: Alignment, claims: list) -> Iterable[Finding]:
        if len(claims) > 1:
            majority, dissent = majority_and_dissent(claims, lambda c: c.value, lambda c: c.value, lambda c: c.source)
            for source, dissenting in dissent.items():
                first = dissenting[0]
                m = majority[0]
                scope = first.scope or "ranking"
                place = f" in {first.place}" if first.place else ""
                support = sorted({name(c) for c in majority})
                lead = (f"{len(support)} documents put it at position {int(m.value)}" if len(support) > 1
                        else said(aligned, m))
                message = (f"Rank conflict on the {scope} ranking{place}: {lead}, but {said(aligned, first)} "
                           f"(position {int(first.value)}).")
                yield self.finding(
                    message, [(c, "dissent") for c in dissenting] + [(c, "majority") for c in majority],
                    {"dissent_position": first.value, "majority_position": m.value},
                )
