"""change-over-time: the same measure in different periods (information, never an error).

Flags:
    Counts, amounts or rates of the same thing in the same place stated for different
    periods of one length ("247 road deaths in 2016", "212 in 2019"; a month's count is
    no point of a series of years). Reported at severity info, as
    the series an editor may want to check, never as a contradiction.
Why it matters:
    Figures from different years are often quoted side by side as if current; the
    series shows which is the latest. (A series that one sentence states in full,
    "3.4% in March, up from 2.9% in February", is the document's own, not news.)
Example:
    "In 2016, 247 road deaths were recorded" and "In 2019, 212 road deaths were recorded".
"""

from __future__ import annotations

from typing import Iterable

from ..align import Alignment
from ..align.keys import entities_compatible, parts_compatible, period_key, predicates_compatible, subjects_compatible
from ..config import AuditConfig
from ..models import Finding
from .base import Check, Example, fmt, name


class ChangeOverTime(Check):
    id = "change-over-time"
    severity = "info"
    examples = [
        Example("road deaths in 2016 and 2019", {
            "a.md": "---\npublished: 2017-01-01\n---\nIn 2016, 247 road deaths were recorded in Valdoria.\n",
            "b.md": "---\npublished: 2020-01-01\n---\nIn 2019, 212 road deaths were recorded in Valdoria.\n",
        }, True, ("247", "212")),
        Example("a toll that 'stands at' a figure, updated in later stories (disaster news)", {
            "a.md": "---\npublished: 2025-03-11\n---\nThe death toll from the Valdoria earthquake stands at 1,200.\n",
            "b.md": "---\npublished: 2025-03-14\n---\nThe death toll from the Valdoria earthquake stands at 2,150.\n",
        }, True, ("1,200", "2,150")),
        Example("a rate a day and a rate a year are no series (TB programmes)", {
            "a.md": "---\npublished: 2023-11-07\n---\nEvery day, 52 people die of TB in Valdoria.\n",
            "b.md": "---\npublished: 2024-03-22\n---\nAbout 12,400 people die of TB in Valdoria every year.\n",
        }, False),
        Example("one year is not a series", {
            "a.md": "---\npublished: 2017-01-01\n---\nIn 2016, 247 road deaths were recorded in Valdoria.\n",
            "b.md": "---\npublished: 2017-03-01\n---\nIn 2016, 247 road deaths were recorded in Valdoria.\n",
        }, False),
        Example("a series one sentence already states", {
            "a.md": "---\npublished: 2024-04-18\n---\nInflation in Valdoria reached 3.4% in March 2024, up from 2.9% in "
                    "February 2024.\n",
            "b.md": "---\npublished: 2024-03-20\n---\nInflation in Valdoria eased to 2.9% in February 2024.\n",
        }, False),
        Example("the level a change started from has no year of its own", {
            "a.md": "---\npublished: 2023-02-01\n---\nRoad deaths in Valdoria fell from 3,400 to 2,100 last year.\n",
            "b.md": "---\npublished: 2023-03-01\n---\nValdoria recorded 2,100 road deaths last year.\n",
        }, False),
        Example("a month's count is no point of a series of years (port statistics)", {
            "a.md": "---\npublished: 2023-06-01\n---\nIn March 2023, the port of Velm handled 4,100 container ships.\n",
            "b.md": "---\npublished: 2024-02-01\n---\nIn 2022, the port of Velm handled 46,000 container ships.\n",
        }, False),
        Example("... but two months' counts are", {
            "a.md": "---\npublished: 2023-06-01\n---\nIn March 2023, the port of Velm handled 4,100 container ships.\n",
            "b.md": "---\npublished: 2023-07-01\n---\nIn May 2023, the port of Velm handled 4,350 container ships.\n",
        }, True, ("4,100", "4,350")),
        Example("two prisons' capacities are no series (prison inspections)", {
            "a.md": "---\npublished: 2023-11-05\n---\nIn November 2023 Mountjoy Prison held 912 prisoners, well above "
                    "its capacity of 755.\n",
            "b.md": "---\npublished: 2024-03-20\n---\nIn March 2024 Limerick Prison held 312 prisoners, far above its "
                    "bed capacity of 265.\n",
        }, False),
    ]

    def run(self, aligned: Alignment, config: AuditConfig) -> Iterable[Finding]:
        for group in aligned.trend_groups:
            claims = [aligned.claims[i] for i in group]
            claims = [c for c in claims if subjects_compatible(c, claims[0]) and predicates_compatible(c, claims[0])
                      and parts_compatible(c, claims[0]) and entities_compatible(c, claims[0])
                      and period_key(c) not in ("unknown", "any")]  # a figure without a time is no point of a series
            if not claims:
                continue
            if claims[0].kind == "percent" or claims[0].per is not None:
                # (a rate per day and one per year are no points of one series: one series for each)
                by_per: dict = {}
                for c in claims:
                    by_per.setdefault(c.per, []).append(c)
                for same_per in by_per.values():
                    yield from self._series(same_per)
                continue
            # A count or an amount in a month is no point of a series of years ("4,100 ships in March 2023",
            # "48,000 in 2023"): one series for each length of period. (A share or a rate is a level,
            # comparable whatever the period it is stated for.)
            by_grain: dict[str, list] = {}
            for c in claims:
                by_grain.setdefault(_grain(period_key(c)), []).append(c)
            for same_grain in by_grain.values():
                yield from self._series(same_grain)

    def _series(self, claims: list) -> Iterable[Finding]:
        periods = {period_key(c) for c in claims}
        if len(periods) < 2 or len({c.source for c in claims}) < 2:
            return
        said_together: dict[tuple[str, str], set[str]] = {}
        for c in claims:
            said_together.setdefault((c.source, c.sentence), set()).add(period_key(c))
        if any(stated == periods for stated in said_together.values()):
            return  # "3.4% in March, up from 2.9% in February": the document itself gives the series
        series = sorted(claims, key=lambda c: (period_key(c), c.source))
        # One line per period keeps a long series readable.
        shown = {}
        for c in series:
            shown.setdefault(period_key(c), c)
        # (as written where the units differ: "125.3 Mt" and "140.2 million tonnes", not 125.3 and 140,200,000)
        as_written = len({c.unit for c in shown.values()}) > 1
        steps = ", ".join(f"{p}: {fmt(c.value) if isinstance(c.value, float) and not as_written else ' '.join(c.text.split())}"
                          f" ({name(c)})" for p, c in shown.items())
        first = series[0]
        message = f"{first.subject or first.subject_head} over time: {steps}."
        yield self.finding(message, [(c, "point") for c in shown.values()], {"periods": len(shown)})


def _grain(period: str) -> str:
    """How long a period is: a month ("2023-03"), a span of months ("2023-07/2023-09", a quarter) or a year
    ("2023", "2023/2024", and a level as of a day, which a year's level is comparable with)."""
    if period.startswith("as of"):
        return "year"
    start, _, end = period.partition("/")
    if end:
        return "year" if len(start) == 4 and len(end) == 4 else "months"
    return "month" if len(period) == 7 else "year"
