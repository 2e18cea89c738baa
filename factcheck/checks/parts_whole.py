"""parts-whole: the parts listed after a total do not add up to it.

Flags:
    A count, amount of money or quantity followed by a colon (or "funded by", "split
    between", "made up of"...) and a list of figures of the same kind and unit ("In 2017, 236 road deaths were recorded: 131 pedestrians, 58
    cyclists, 41 motorcyclists and 12 drivers"; "147 victims were identified: Guatemalan
    (123); Honduran (10); ..."; "Funding totalled $48 million: $30 million from donors and
    $15 million from the government") whose sum differs from the total.
Why it matters:
    Breakdowns are copied from tables, and a dropped or mistyped row silently changes
    the story's proportions.
Example:
    236 = 131 + 58 + 41 + 12 is false (the parts add up to 242).
"""

from __future__ import annotations

from typing import Iterable

import regex

from ..align import Alignment
from ..align.events import position_in_sentence
from ..config import AuditConfig
from ..models import Finding
from .base import Check, Example, fmt, name, quote


# "... or ...", "either": the listing offers alternatives.
_ALTERNATIVES = regex.compile(r"\bor\b|\beither\b", regex.IGNORECASE)

# Kinds whose values add up (a rate or a percentage of different wholes does not).
_ADDABLE_KINDS = ("count", "money", "quantity")


# Verbs that open a breakdown of the figure before them, as a colon does.
# A sentence that opens with its whole: "Of the 6.8 million patients on the list," (up to its first comma).
_OF_THE_WHOLE_FIRST = regex.compile(r"\s*Of\s+(?:the|these|those|its|their|all)\s+[^,;:]*?\d[^,;:]*,")
_LISTING_VERB = regex.compile(
    r"\b(?:(?:funded|financed|paid\s+for|covered|met)\s+by|(?:split|divided|shared)\s+(?:between|among|into)|"
    r"broken\s+down\s+(?:into|as)|made\s+up\s+of|composed\s+of|comprising|consisting\s+of)\b",
    regex.IGNORECASE)


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
        Example("a budget and its sources: 30 + 15 is not 48", {
            "a.md": "---\npublished: 2019-04-25\n---\nFunding totalled US$48 million in 2018: US$30 million from "
                    "donors and US$15 million from the government.\n",
        }, True, ("US$48 million", "US$30 million", "US$15 million")),
        Example("a budget and its sources that add up", {
            "a.md": "---\npublished: 2019-04-25\n---\nFunding totalled US$48 million in 2018: US$33 million from "
                    "donors and US$15 million from the government.\n",
        }, False),
        Example("a budget 'funded by' three sources: 15 + 30 + 5 is not 48", {
            "a.md": "---\npublished: 2023-06-20\n---\nThe programme's 2022 budget of €48m was funded by the government "
                    "(€15m), the Global Fund (€30m) and other donors (€5m).\n",
        }, True, ("€48m", "€15m", "€30m", "€5m")),
        Example("seats 'split between' parties that add up", {
            "a.md": "---\npublished: 2023-06-20\n---\nThe 120 seats are split between the Greens (70) and the Reds (50).\n",
        }, False),
        Example("amounts in another currency are no parts", {
            "a.md": "---\npublished: 2019-04-25\n---\nThe grant was US$48 million: 900 million pesos and 2 million "
                    "euros at the time.\n",
        }, False),
        Example("a count of the items listed is not their total", {
            "a.md": "---\npublished: 2024-01-01\n---\nSome 255,000 people were displaced across three provinces: "
                    "140,000 in Albay, 75,000 in Sorsogon and 40,000 in Camarines Sur.\n",
        }, False),
        Example("... and the total before it is checked", {
            "a.md": "---\npublished: 2024-01-01\n---\nSome 255,000 people were displaced across three provinces: "
                    "140,000 in Albay, 75,000 in Sorsogon and 10,000 in Camarines Sur.\n",
        }, True, ("Some 255,000", "140,000")),
        Example("a change broken down", {
            "a.md": "---\npublished: 2024-01-01\n---\nEmployers added 58,000 jobs in 2023: 31,000 full-time and 25,000 "
                    "part-time.\n",
        }, True, ("58,000", "31,000")),
        Example("a sentence that opens with its whole", {
            "a.md": "---\npublished: 2024-01-01\n---\nOf the 6.8 million patients on the list, 4.1 million were waiting "
                    "for outpatient appointments and 2.9 million for inpatient treatment.\n",
        }, True, ("6.8 million", "4.1 million")),
        Example("... and adds up", {
            "a.md": "---\npublished: 2024-01-01\n---\nOf the 7.0 million patients on the list, 4.1 million were waiting "
                    "for outpatient appointments and 2.9 million for inpatient treatment.\n",
        }, False),
        Example("alternatives after a colon are no parts", {
            "a.md": "---\npublished: 2019-04-25\n---\nThe model came with two engines: a 4-cylinder or a 6-cylinder.\n",
        }, False),
        Example("nationalities in parentheses add up", {
            "a.md": "---\npublished: 2011-03-01\n---\nIn 2010, 40 patients were treated, with these origins: Northern (25); Southern (10); Eastern (5).\n",
        }, False),
    ]

    def run(self, aligned: Alignment, config: AuditConfig) -> Iterable[Finding]:
        for claims in aligned.sentences():
            sentence = claims[0].sentence
            colon = sentence.find(":")
            # (a change adds up as a level does: "added 58,000 jobs: 31,000 full-time and 25,000 part-time")
            amounts = [c for c in claims if c.kind in _ADDABLE_KINDS and isinstance(c.value, float)]
            if colon == -1:
                whole_first = _OF_THE_WHOLE_FIRST.match(sentence)
                if whole_first is not None and amounts and position_in_sentence(amounts[0]) < whole_first.end():
                    # "Of the 6.8 million patients on the list, 4.1 million were ... and 2.9 million ...": the comma
                    # after the whole opens the listing
                    colon = whole_first.end() - 1
                else:
                    # "The budget of €48m was funded by the government (€15m), ...": a verb opens the listing
                    opener = _LISTING_VERB.search(sentence)
                    if opener is None or not amounts or position_in_sentence(amounts[0]) > opener.start():
                        continue
                    colon = opener.start()
            wholes = [c for c in amounts if position_in_sentence(c) < colon]
            if not wholes:
                continue
            whole = wholes[-1]
            # Parts measure what the whole does: counts of a count, amounts in the whole's currency or unit.
            parts = [c for c in amounts if position_in_sentence(c) > colon and c.kind == whole.kind
                     and c.unit == whole.unit and c.change in (None, whole.change)]
            if len(wholes) > 1 and whole.kind == "count" and whole.value == len(parts) \
                    and wholes[-2].kind == whole.kind and wholes[-2].unit == whole.unit:
                # "255,000 people displaced across three provinces: 140,000 in Albay, ...": "three" counts the
                # items listed; the total is the figure before it
                whole = wholes[-2]
            if len(parts) < 2 or any(p.qualifier != "exact" for p in parts):
                continue
            listing_text = sentence[colon:]
            if _ALTERNATIVES.search(listing_text):
                continue  # "two options: a four-cylinder or a V-6": alternatives, not parts that add up
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
