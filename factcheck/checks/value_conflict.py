"""value-conflict: two wordings of the same measurement allow no common value.

Flags:
    Claims in different documents that count or measure the same thing (same kind and unit dimension, subject,
    place and period) whose intervals do not overlap, after unit conversion ("1.2
    kilometres" is 1,200 metres), scale words ("1.2 billion" is 1,200 million), hedges
    ("more than 500" allows 500-infinity, "nearly 480" allows 432-480) and rounding.
    Figures more than twenty times apart are not flagged ("13 people" and "8 billion
    people" count at different scopes, not the same thing twice), unless they are the
    same digits at another scale ("$4.2 million" and "$4.2 billion": a slip of the scale word).
Why it matters:
    A reader cannot believe both. One of the sources is wrong, outdated or about
    something else, and the draft has to say which figure it uses and why.
Example:
    "By the end of 2016 the programme reached more than 500 schools." and, elsewhere,
    "In 2016 it reached nearly 480 schools."
"""

from __future__ import annotations

from collections import defaultdict

import math
from typing import Iterable, Optional

import regex

from ..align import Alignment
from ..align.events import position_in_sentence
from ..align.keys import (SCOPE_RATIO, change_basis, entities_compatible, initials_of, interval, kinds_compatible,
                          modifiers, narrower, one_is_a_subgroup, overlaps, parts_compatible, period_key, predicate,
                          predicates_compatible, short_name_of, subjects_compatible, to_common)
from ..config import AuditConfig
from ..extract import units
from ..extract.context import REVISED_TO_BEFORE
from ..extract.scanner import OWNED_MEASURES
from ..models import Claim, Finding
from .base import Check, Example, name, quote, said
from .clusters import majority_and_dissent




def _magnitude(claim: Claim) -> Optional[float]:
    """The claim's size in its measure's common unit: its value, else its one finite bound."""
    value = claim.value if isinstance(claim.value, float) else None
    if value is None:
        bounds = [b for b in (claim.lower, claim.upper) if isinstance(b, float)]
        value = sum(bounds) / len(bounds) if bounds else None
    common = to_common(claim, value)
    return abs(common) if common else None


def _digits(claim: Claim) -> Optional[str]:
    """The significant digits of the claim's value: "4.2 million" and "4.2 billion" -> "42"."""
    if not isinstance(claim.value, float) or not claim.value:
        return None
    return f"{abs(claim.value):.6e}".split("e")[0].replace(".", "").rstrip("0")


def same_scope_scale(a: Claim, b: Claim) -> bool:
    """Whether a and b are near enough in size to be two accounts of one quantity (see the module doc)."""
    size_a, size_b = _magnitude(a), _magnitude(b)
    if size_a is None or size_b is None:
        return True
    ratio = max(size_a, size_b) / min(size_a, size_b)
    if ratio <= SCOPE_RATIO:
        return True
    # A slip of the scale word: the same digits, a power of a thousand apart (not "10 kW" and "1,000 MW").
    thousands = math.log10(ratio) / 3
    return abs(thousands - round(thousands)) < 1e-9 and _digits(a) is not None and _digits(a) == _digits(b)


# Words that say a figure was replaced: "revised to 780 million from the preliminary estimate of| 768 million",
# "replacing the provisional figure of|".
_REVISED_BEFORE = regex.compile(r"\b(?:revised|revision|revises|replac(?:ed|es|ing)|preliminary|provisional|initial|"
                                r"earlier\s+estimate|previous\s+estimate|first\s+estimate|corrected|"
                                # ("The 2022 figure, previously published as| 10.8 million, has been revised to 11.0")
                                r"previously\s+(?:published|reported|given|stated|estimated))\b[^.;]{0,130}$",
                                regex.IGNORECASE)


def _stated_revision(aligned, one: list[Claim], other: list[Claim]) -> Optional[Claim]:
    """A claim of a document of one side that gives the other side's figure as the one it revised: "The 2022
    figure has been revised to 780 million from the preliminary estimate of| 768 million", in another sentence
    than the new figure's own ("Admissions reached 780 million in 2022."), beside "admissions of 768 million in
    2022"; else None."""
    revisions = _revision_mentions(aligned)
    if not revisions:
        return None
    for side, figures in ((one, other), (other, one)):
        values = [(c.lower, c.upper) for c in figures if isinstance(c.lower, float) and isinstance(c.upper, float)]
        for c, new in (m for source in {c.source for c in side} for m in revisions.get(source, ())):
            # (and the revising side's figure is the new one: "337,200 starts, revised up from 335,800" excuses
            # nothing in a document whose figure in the conflict is 290,000)
            if c not in figures and any(lo <= c.value <= hi for lo, hi in values) \
                    and (not new or any(f.value == n.value for f in side for n in new)):
                return c
    return None


def _revision_mentions(aligned) -> dict[str, list[tuple[Claim, list[Claim]]]]:
    """The figures each document gives as ones revised or replaced ("from the preliminary estimate of| 768
    million"), each with the other figures of its kind in its sentence, the new ones ("revised to| 780 million");
    found once per alignment."""
    cached = _REVISION_MENTIONS.get(id(aligned))
    if cached is not None and cached[0] is aligned:
        return cached[1]
    found: dict[str, list[tuple[Claim, list[Claim]]]] = {}
    candidates = [c for c in aligned.claims if isinstance(c.value, float) and _REVISION_WORD.search(c.sentence)]
    for c in candidates:
        at = position_in_sentence(c)
        if at >= 0 and _REVISED_BEFORE.search(c.sentence, max(0, at - 150), at):
            new = [n for n in candidates if n.source == c.source and n.sentence == c.sentence and n is not c
                   and n.kind == c.kind and n.unit == c.unit]
            found.setdefault(c.source, []).append((c, new))
    _REVISION_MENTIONS.clear()  # (one alignment at a time)
    _REVISION_MENTIONS[id(aligned)] = (aligned, found)
    return found


_REVISION_MENTIONS: dict[int, tuple] = {}
_REVISION_WORD = regex.compile(r"revis|replac|prelim|provision|initial|earlier\s+estimate|previous\s+estimate|"
                               r"first\s+estimate|corrected", regex.IGNORECASE)


def same_day_if_days(a: Claim, b: Claim) -> bool:
    """Whether two figures grouped by month are of one day where both name one: "387,000 remain displaced as of
    1 March" and "352,000 as of 20 March" are two days' counts; "at the end of December" and "on 29 December" may
    be one."""
    pa, pb = a.period or "", b.period or ""
    return not (len(pa) == len(pb) == 10 and pa != pb)


# Who forecasts, and the verb: "The treasury expects ... to fall to", "The IMF projects ... at".
_FORECAST_BEFORE = regex.compile(
    r"\b(?P<who>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}|[Tt]he\s+[a-z]+)\s+(?:now\s+|also\s+)?"
    r"(?:expects?|expected|projects?|projected|forecasts?|predicts?|predicted|sees|estimates?)\b[^.;:]{0,80}$")


def _forecaster(claim: Claim) -> Optional[str]:
    at = claim.sentence.find(" ".join(claim.text.split()))
    m = _FORECAST_BEFORE.search(claim.sentence, 0, at) if at > 0 else None
    return " ".join(m.group("who").lower().split()) if m is not None else None


def two_forecasters(a: Claim, b: Claim) -> bool:
    """Whether two figures are forecasts by two different forecasters ("The treasury expects 2.5%", "The IMF
    projects 2.8%"): two opinions of the future, which differ without contradicting each other."""
    fa, fb = _forecaster(a), _forecaster(b)
    return fa is not None and fb is not None and fa != fb


def narrower_and_smaller(a: Claim, b: Claim) -> bool:
    """Whether one figure's subject (or its named thing) says more than the other's and the figure is less than
    half the other:
    "Health spending reached US$1.52 billion" beside "The province spent US$4,820 million" is a part of it, not
    another account (a slip that halves a figure is rarer than a part named by its kind)."""
    size_a, size_b = _magnitude(a), _magnitude(b)
    if size_a is None or size_b is None or a.kind not in ("count", "money", "quantity"):
        return False
    if _digits(a) is not None and _digits(a) == _digits(b):
        return False  # "2.5 million tonnes" and "250,000 tonnes": the same digits, a slipped zero
    # A named thing's figure beside one that names none says more in the same way: "The Volkswagen ID.3 had
    # 26,630 registrations in Germany" and "Germany recorded 524,219", "Hurricane Marisol caused insured losses
    # of USD 15.1 billion" and "insured losses reached USD 108 billion": one model's, one event's part
    if a.entity and not b.entity and size_a * 2 < size_b or b.entity and not a.entity and size_b * 2 < size_a:
        return True
    # ... and so does a thing said of what is counted: "2.7 million workers earn the minimum wage" beside "30.2
    # million payrolled employees" is some of them
    pa, pb = predicate(a), predicate(b)
    if pa and not pb and size_a * 2 < size_b or pb and not pa and size_b * 2 < size_a:
        return True
    ma, mb = modifiers(a), modifiers(b)
    if ma < mb:
        return size_b * 2 < size_a
    if mb < ma:
        return size_a * 2 < size_b
    return False


def _shown(value: float) -> float:
    return float(f"{value:.9g}")


def _by_part(claims: list[Claim]) -> list[list[Claim]]:
    """The claims of a measure group as blocks that can disagree: shares of different parts of one whole
    ("80% were women", "20% were children") are in different blocks, and a share that names no part is in each.
    A count of a part ("Labour won 15 seats") is never a figure for the whole ("51 seats"): those that name
    no part are a block of their own."""
    parts = sorted({c.part for c in claims if c.part is not None})
    if not parts or len(parts) == 1 and all(c.kind == "percent" for c in claims):
        return [claims]
    # (a figure with no part whose entity is an owner's name is that owner's: "81.5 million passengers passed
    # through Heathrow Airport" is the "heathrow airport" part of "Heathrow Airport handled 79.2 million")
    named = set(parts)
    # ("vsr" is "valdorian state railway": a body named by its initials is one part with its full name)
    # (and "marlow" is "marlow & finch", a company by its short name)
    full = {p: q for p in parts for q in parts if initials_of(p, q) or short_name_of(p, q)}
    parts = [p for p in parts if p not in full]
    part_of = {id(c): c.part if c.part is not None or not c.entity else _named_part(c.entity, named) for c in claims}
    part_of = {key: full.get(part, part) for key, part in part_of.items()}
    blocks = [[c for c in claims if part_of[id(c)] == part or part_of[id(c)] is None and c.kind == "percent"]
              for part in parts]
    wholes = [c for c in claims if part_of[id(c)] is None]
    return blocks + ([wholes] if len(wholes) > 1 else [])


def _named_part(entity: str, named: set[str]) -> Optional[str]:
    """The part an entity names: itself ("heathrow airport"), or the part that is its short name ("marlow" of
    "Marlow & Finch") or its initials ("ifro" of "Irish Fraud Reporting Office"); None for none."""
    key = " ".join(entity.lower().split())
    if key in named:
        return key
    return next((p for p in sorted(named) if short_name_of(p, key) or initials_of(p, key)), None)


def _by_modifiers(claims: list[Claim]) -> list[list[Claim]]:
    """Figures of differently qualified things apart ("the benchmark rate", "the unemployment rate"; "wind
    capacity", "solar capacity"): they are never compared, and one must not outvote the other when the
    majority is chosen."""
    if not all(c.kind == "percent" for c in claims):
        # Counts and amounts of differently qualified things ("installed wind capacity", "installed solar
        # capacity") apart too, each with the ones that say less ("capacity", "installed capacity"): a block
        # for each most qualified subject.
        # (a subgroup's figure, "electric buses", stays apart from the whole's, "buses": "buses" heads a block
        # of its own, where it would join "installed buses")
        of = {id(c): modifiers(c) for c in claims}  # (once per claim: blocks can hold thousands)
        sets = set(of.values())
        heads = [m for m in sets if not any(m < other and not narrower(m, other) for other in sets)]
        if len(heads) < 2:
            return [claims]
        blocks = [[c for c in claims if of[id(c)] <= m and not narrower(of[id(c)], m)] for m in heads]
        return [block for block in blocks if len(block) > 1]
    blocks: dict[frozenset, list[Claim]] = {}
    for c in claims:
        blocks.setdefault(modifiers(c), []).append(c)
    return [block for block in blocks.values() if len(block) > 1]


def _by_basis(claims: list[Claim]) -> list[list[Claim]]:
    """Changes on different bases apart ("0.6% quarter on quarter", "2.1% year on year"); a change that names no
    basis goes with each."""
    bases = [change_basis(c) for c in claims]
    named = sorted(set(bases) - {None})
    if len(named) < 2:
        return [claims]
    return [[c for c, b in zip(claims, bases) if b in (basis, None)] for basis in named]


_AGED_BEFORE = regex.compile(r"\baged\s+$", regex.IGNORECASE)


def _is_age_now(claim: Claim) -> bool:
    """A person's age at the time of writing: "Okonkwo, 24,", "aged 24", "24 years old"."""
    if claim.kind != "duration" or claim.unit != "year" or claim.published is None or claim.qualifier != "exact":
        return False
    text = " ".join(claim.text.split())
    at = claim.sentence.find(text)
    return text.isdigit() or text.endswith(" old") or at > 0 and bool(_AGED_BEFORE.search(claim.sentence, 0, at))


def _birth_span(claim: Claim) -> tuple[float, float]:
    """When someone of the claim's age at its document's date was born, as day ordinals: N years old on day D
    was born after D - (N + 1) years and on or before D - N years."""
    day = claim.published.toordinal()
    years = float(claim.value)
    return day - (years + 1) * 365.25 + 1, day - years * 365.25


_REVISED = regex.compile(r"\b(?:revised|revision|corrected|correction|restated|updated)\b", regex.IGNORECASE)


def _revision(aligned: Alignment, side: list[Claim], other: list[Claim], spans) -> Optional[Claim]:
    """The claim of `side` whose sentence says it revised a figure that `other` gives ("revised to 14.5 million,
    from the provisional 14.2 million" against a release that says 14.2 million), else None."""
    for claim in side:
        if not _REVISED.search(claim.sentence):
            continue
        said_before = [c for c in aligned.claims if c.source == claim.source and c.sentence == claim.sentence
                       and c is not claim and c.kind == claim.kind and isinstance(c.value, float)]
        for old in said_before:
            if any(to_common(old, old.value) is not None
                   and spans[id(o)][0] <= to_common(old, old.value) <= spans[id(o)][1] for o in other):
                return claim
        # "The estimate ... has been revised to 486,000", in a release later than every other: a newer figure
        # that says it replaces an older one, whichever that was
        published = aligned.doc(claim).published
        at = position_in_sentence(claim)
        if not said_before and published is not None and REVISED_TO_BEFORE.search(claim.sentence, max(0, at - 30), at) \
                and all(aligned.doc(o).published is not None and aligned.doc(o).published < published for o in other):
            return claim
    return None




class ValueConflict(Check):
    id = "value-conflict"
    severity = "error"
    examples = [
        Example("two counts written to the ten that differ by 180 (children's services statistics)", {
            "a.md": "---\npublished: 2024-03-14\n---\nOn 31 December 2023 there were 18,420 children in care in "
                    "Velmora.\n",
            "b.md": "---\npublished: 2024-03-16\n---\nOn 31 December 2023 there were 18,240 children in care in "
                    "Velmora.\n",
        }, True, ("18,420", "18,240")),
        Example("... but a count rounded to the hundred meets one written to the ten", {
            "a.md": "---\npublished: 2024-03-14\n---\nOn 31 December 2023 there were 18,420 children in care in "
                    "Velmora.\n",
            "b.md": "---\npublished: 2024-03-16\n---\nOn 31 December 2023 there were 18,400 children in care in "
                    "Velmora.\n",
        }, False),
        Example("'the two plants' named one by one are some of them (desalination)", {
            "a.md": "---\npublished: 2024-08-05\n---\nThe utility operates three desalination plants.\n",
            "b.md": "---\npublished: 2024-09-10\n---\nThe two plants, Kestrel Point and Brennock, supply 41% of the "
                    "city's water.\n",
        }, False),
        Example("those on one side of a line are some of them (school absence)", {
            "a.md": "---\npublished: 2024-11-01\n---\nThe county is the fifth-lowest of the nine regions in 2023/24.\n",
            "b.md": "---\npublished: 2024-11-02\n---\nThe region's rate was 21.0% in 2023/24, one of only three regions "
                    "above the national figure.\n",
        }, False),
        Example("a rate someone is committed to reach is a target (deposit return schemes)", {
            "a.md": "---\npublished: 2025-06-03\n---\nThe Government remains committed to a return rate of 90% by 2025 for "
                    "the Aldmark deposit scheme.\n",
            "b.md": "---\npublished: 2025-07-10\n---\nThe Aldmark deposit scheme now achieves a return rate of 92%.\n",
        }, False),
        Example("'additional' containers are no figure for all of them", {
            "a.md": "---\npublished: 2025-06-03\n---\nThe scheme collects about 1.9 billion containers a year.\n",
            "b.md": "---\npublished: 2025-07-10\n---\nAdding cartons could bring in 90 million additional containers a "
                    "year.\n",
        }, False),
        Example("starting salaries are the bottom of a pay scale, no figure for all salaries (teacher pay)", {
            "a.md": "---\npublished: 2024-09-12\n---\nStarting salaries for teachers rose to €34,500 in 2024.\n",
            "b.md": "---\npublished: 2024-11-20\n---\nSalaries for teachers rose to €41,000 in 2024.\n",
        }, False),
        Example("what some of them did, past an aside naming them, is no count of all (offshore wind)", {
            "a.md": "---\npublished: 2024-09-13\n---\nOf the 3.5 GW awarded in 2022, only one project, the 800 MW "
                    "Grennhavn Array, has started construction.\n",
            "b.md": "---\npublished: 2024-11-05\n---\nThe 2022 round awarded 3.5 GW to three projects.\n",
        }, False),
        Example("a recommendation in the imperative is no level (NGO briefs)", {
            "a.md": "---\npublished: 2024-09-12\n---\nThe round had an administrative budget of €1.1 billion per year.\n",
            "b.md": "---\npublished: 2024-10-02\n---\n## Recommendations\n\n- Raise the administrative budget for the next "
                    "round to at least €1.4 billion a year.\n",
        }, False),
        Example("... nor what someone wants another to do", {
            "a.md": "---\npublished: 2024-09-12\n---\nThe round had an administrative budget of €1.1 billion per year.\n",
            "b.md": "---\npublished: 2024-10-02\n---\nThe industry body wants the government to raise the administrative "
                    "budget to €1.5 billion a year.\n",
        }, False),
        Example("the part of a budget that was used is no budget (auction reports)", {
            "a.md": "---\npublished: 2024-09-12\n---\nThe round had a budget of €1.1 billion. Around €640 million of that "
                    "annual budget was used.\n",
            "b.md": "---\npublished: 2024-11-05\n---\nThe round had a budget of €1.1 billion a year.\n",
        }, False),
        Example("the whole of a listing by place is no figure for one of its places (ambulance fleets)", {
            "a.md": "---\npublished: 2024-03-01\n---\nAt the end of 2023 the service operated 640 ambulances: 210 in "
                    "Brenholt, 170 in Eastmere, 150 in Southfell and 110 in Westray.\n",
            "b.md": "---\npublished: 2024-03-02\n---\nEastmere had 182 ambulances at the end of 2023.\n",
        }, False),
        Example("'in operation' says again what a count of pharmacies counts (pharmacy statistics)", {
            "a.md": "---\npublished: 2024-02-14\n---\nAt the end of 2023 there were 9,840 community pharmacies in "
                    "England.\n",
            "b.md": "---\npublished: 2024-02-20\n---\nThere were 9,480 community pharmacies in operation in England at "
                    "the end of 2023.\n",
        }, True, ("9,840", "9,480")),
        Example("an airport named as the owner and as the place passengers passed through (aviation news)", {
            "a.md": "---\npublished: 2024-03-12\n---\nKestrel Bay International Airport handled 24.6 million "
                    "passengers in 2023.\n",
            "b.md": "---\npublished: 2024-03-20\n---\nIn 2023, 23.1 million passengers passed through Kestrel Bay "
                    "International Airport.\n",
        }, True, ("24.6 million", "23.1 million")),
        Example("... and another airport's figure", {
            "a.md": "---\npublished: 2024-03-12\n---\nKestrel Bay International Airport handled 24.6 million "
                    "passengers in 2023.\n",
            "b.md": "---\npublished: 2024-03-20\n---\nIn 2023, 9.1 million passengers passed through Orvik Airport.\n",
        }, False),
        Example("people reached by a campaign and people living in a place, past an aside (outbreak reports)", {
            "a.md": "---\npublished: 2023-04-20\n---\nThe vaccine campaign in Mavula has reached 298,000 people.\n",
            "b.md": "---\npublished: 2023-05-02\n---\nAround 1.1 million people, including 520,000 children, live in "
                    "Mavula.\n",
        }, False),
        Example("totals to the time of writing in reports of two days (situation reports)", {
            "a.md": "---\npublished: 2024-03-01\n---\nPartners have distributed 24,100 tents and 131,000 blankets.\n",
            "b.md": "---\npublished: 2024-03-08\n---\nPartners have distributed 29,800 tents, 162,000 blankets and "
                    "19,000 stoves.\n",
        }, False),
        Example("what two publishers say 'we' did are two figures (charity reports)", {
            "a.md": "---\npublisher: The Open Door Trust\npublished: 2024-03-15\n---\nIn 2023 we housed 410 families "
                    "in Brennport.\n",
            "b.md": "---\npublisher: Harbour Housing Association\npublished: 2024-03-20\n---\nIn 2023 we housed 2,300 "
                    "families in Brennport.\n",
        }, False),
        Example("... but its own figure told by others is the same figure", {
            "a.md": "---\npublisher: Marlow & Finch plc\npublished: 2024-04-18\n---\nIn 2023 we served 2.1 million "
                    "customers in Norland.\n",
            "b.md": "---\npublisher: Retail Weekly\npublished: 2024-04-20\n---\nIn 2023 Marlow served 2.6 million "
                    "customers in Norland.\n",
        }, True, ("2.1 million", "2.6 million")),
        Example("market shares listed under their lead line, and a company's own (insurance statistics)", {
            "a.md": "---\npublished: 2024-03-14\n---\nShares of the motor market in 2023 were:\n\n- Meridian Mutual: 21.4%\n"
                    "- Castlegate Insurance: 17.9%\n",
            "b.md": "---\npublisher: Castlegate Insurance plc\npublished: 2024-03-12\n---\nMotor premiums rose 12.5% in 2023, "
                    "lifting our share of the motor market to 18.6%.\n",
        }, True, ("17.9%", "18.6%")),
        Example("a plan's figure, its future said further back (steel closures)", {
            "a.md": "---\npublished: 2024-05-16\n---\nThe closures at Port Carrow will affect up to 2,800 jobs.\n",
            "b.md": "---\npublished: 2024-05-20\n---\nNorthmoor will close both blast furnaces, with the loss of 3,200 jobs "
                    "at Port Carrow.\n",
        }, True, ("up to 2,800", "3,200")),
        Example("statutory and underlying profit (results releases)", {
            "a.md": "---\npublished: 2024-04-18\n---\nStatutory profit before tax was £268 million in 2023.\n",
            "b.md": "---\npublished: 2024-04-18\n---\nUnderlying profit before tax reached £312 million in 2023.\n",
        }, False),
        Example("two age groups' counts (dental statistics)", {
            "a.md": "---\npublished: 2023-01-15\n---\nIn 2021-22 there were 8,100 tooth extractions among 0 to 4 year "
                    "olds.\n",
            "b.md": "---\npublished: 2023-02-10\n---\nIn 2021-22 there were 12,300 tooth extractions among 10 to 14 year "
                    "olds.\n",
        }, False),
        Example("one age group spelled two ways (childcare statistics)", {
            "a.md": "---\npublished: 2024-01-10\n---\nIn 2023, 94% of three and four year olds in England took up the "
                    "offer.\n",
            "b.md": "---\npublished: 2024-02-10\n---\nIn 2023, 91% of three- and four-year-olds in England took up the "
                    "offer.\n",
        }, True, ("94%", "91%")),
        Example("days past a temperature (weather statements)", {
            "a.md": "---\npublished: 2023-03-02\n---\nKelbridge recorded 19 days above 30C in 2022.\n",
            "b.md": "---\npublished: 2023-01-10\n---\nKelbridge recorded 14 days above 30C in 2022.\n",
        }, True, ("19 days", "14 days")),
        Example("... past two temperatures", {
            "a.md": "---\npublished: 2023-03-02\n---\nKelbridge recorded 19 days above 30C in 2022.\n",
            "b.md": "---\npublished: 2023-01-10\n---\nKelbridge recorded 4 days above 35C in 2022.\n",
        }, False),
        Example("a place's temperature with and without the word (weather statements)", {
            "a.md": "---\npublished: 2022-07-20\n---\nKelbridge reached 38.7C on 19 July 2022.\n",
            "b.md": "---\npublished: 2023-01-10\n---\nThe temperature at Kelbridge reached 39.4C on 19 July 2022.\n",
        }, True, ("38.7C", "39.4C")),
        Example("a disease by its initials and written out (veterinary reports)", {
            "a.md": "---\npublished: 2024-01-15\n---\nPoland recorded 97 African swine fever outbreaks in 2023.\n",
            "b.md": "---\npublished: 2024-02-10\n---\nPoland recorded 131 ASF outbreaks in 2023.\n",
        }, True, ("97", "131")),
        Example("... and another disease's initials", {
            "a.md": "---\npublished: 2024-01-15\n---\nPoland recorded 97 African swine fever outbreaks in 2023.\n",
            "b.md": "---\npublished: 2024-02-10\n---\nPoland recorded 131 HPAI outbreaks in 2023.\n",
        }, False),
        Example("a stock on a month's last days and at the end of the month (prison statistics)", {
            "a.md": "---\npublished: 2024-01-20\n---\nThe prison population stood at 88,225 on 29 December 2023.\n",
            "b.md": "---\npublished: 2024-03-01\n---\nThe prison population was 85,900 at the end of December 2023.\n",
        }, True, ("88,225", "85,900")),
        Example("two measures each against its own average (weather statements)", {
            "a.md": "---\npublished: 2023-01-10\n---\nNorthland recorded 1,720 hours of sunshine in 2022, 116% of the "
                    "average.\n",
            "b.md": "---\npublished: 2023-01-10\n---\nNorthland recorded 612 mm of rain in 2022, 78% of the average.\n",
        }, False),
        Example("... and one measure against its average twice", {
            "a.md": "---\npublished: 2023-01-10\n---\nIn 2022, rainfall in Northland was 78% of the long-term average.\n",
            "b.md": "---\npublished: 2023-02-10\n---\nIn 2022, rainfall in Northland was 85% of the long-term average.\n",
        }, True, ("78%", "85%")),
        Example("a day's count against its month's (outbreak reports)", {
            "a.md": "---\npublished: 2024-01-15\n---\nOn 12 November 2022, 14 farms were infected in the Netherlands.\n",
            "b.md": "---\npublished: 2024-02-10\n---\nIn November 2022, 25 farms were infected in the Netherlands.\n",
        }, False),
        Example("a company's results release against its market's total (insurance)", {
            "a.md": "---\ntitle: \"Castlegate Insurance plc: results 2023\"\npublisher: Castlegate Insurance plc\n"
                    "published: 2024-03-12\n---\nMotor gross written premiums reached €1.49 billion in 2023.\n",
            "b.md": "---\ntitle: Insurance market statistics\npublisher: Association of Insurers\npublished: 2024-03-14\n"
                    "---\nGross written motor premiums reached €8.4 billion in 2023.\n",
        }, False),
        Example("... but its figure told by others is the same figure", {
            "a.md": "---\ntitle: \"Castlegate Insurance plc: results 2023\"\npublisher: Castlegate Insurance plc\n"
                    "published: 2024-03-12\n---\nMotor gross written premiums reached €1.49 billion in 2023.\n",
            "b.md": "---\ntitle: Insurers report\npublisher: Daily Ledger\npublished: 2024-03-14\n---\nCastlegate "
                    "Insurance said its motor gross written premiums reached €1.62 billion in 2023.\n",
        }, True, ("€1.49 billion", "€1.62 billion")),
        Example("a count 'now' in reports of two seasons (results releases)", {
            "a.md": "---\npublished: 2024-04-18\n---\nThe Marlow Rewards scheme now has 9.6 million members.\n",
            "b.md": "---\npublished: 2024-10-17\n---\nThe Marlow Rewards scheme now has 10.3 million members.\n",
        }, False),
        Example("... and on one day", {
            "a.md": "---\npublished: 2024-04-18\n---\nThe Marlow Rewards scheme now has 9.6 million members.\n",
            "b.md": "---\npublished: 2024-04-18\n---\nThe Marlow Rewards scheme currently has 10.3 million members.\n",
        }, True, ("9.6 million", "10.3 million")),
        Example("counts as of two days of one month", {
            "a.md": "---\npublished: 2024-03-02\n---\nAs of 1 March, 368,000 people remained displaced in Brevan.\n",
            "b.md": "---\npublished: 2024-03-21\n---\nAs of 20 March, 331,000 people remained displaced in Brevan.\n",
        }, False),
        Example("... and as of one day", {
            "a.md": "---\npublished: 2024-03-02\n---\nAs of 1 March, 368,000 people remained displaced in Brevan.\n",
            "b.md": "---\npublished: 2024-03-05\n---\nAs of 1 March, 394,000 people remained displaced in Brevan.\n",
        }, True, ("368,000", "394,000")),
        Example("a figure ranked 'among the highest' is the same figure (pension briefs)", {
            "a.md": "---\npublished: 2023-03-15\n---\nThe state pension age in Dravinia is 66.\n",
            "b.md": "---\npublished: 2023-05-02\n---\nDravinia's state pension age of 67 is among the highest in "
                    "Europe.\n",
        }, True, ("66", "67")),
        Example("a numbered terminal's figure and the whole airport's (aviation news)", {
            "a.md": "---\npublished: 2024-03-12\n---\nIn 2023 the airport handled 21.4 million passengers.\n",
            "b.md": "---\npublished: 2024-03-20\n---\nTerminal 2 handled 8.7 million passengers in 2023.\n",
        }, False),
        Example("two dissents that the majority says nothing about (situation reports)", {
            "a.md": "---\npublished: 2024-03-01\n---\nIn Brevan Province, 352,000 people remain displaced.\n",
            "b.md": "---\npublished: 2024-03-01\n---\nIn Brevan Province, 391,000 people remain displaced.\n",
            "c.md": "---\npublished: 2024-03-01\n---\nIn Brevan Province, 41,000 people were injured.\n",
            "d.md": "---\npublished: 2024-03-01\n---\nIn Brevan Province, 41,000 people were injured.\n",
        }, True, ("352,000", "391,000")),
        Example("schools: more than 500 vs nearly 480", {
            "a.md": "---\npublished: 2017-03-01\n---\nBy the end of 2016 the programme had reached more than 500 schools in Valdoria.\n",
            "b.md": "---\npublished: 2017-05-01\n---\nIn 2016 the programme reached nearly 480 schools in Valdoria.\n",
        }, True, ("500", "480")),
        Example("corridor: 1.5 km vs 1,200 metres", {
            "a.md": "---\npublished: 2019-01-01\n---\nThe new bus corridor in Port Aurel is 1.5 km long.\n",
            "b.md": "---\npublished: 2019-02-01\n---\nThe bus corridor in Port Aurel is 1,200 metres long.\n",
        }, True, ("1.5 km", "1,200 metres")),
        Example("budget: about 80% vs up to 80 per cent agree", {
            "a.md": "---\npublished: 2015-01-01\n---\nAbout 80% of hospital admissions in Norland were emergencies.\n",
            "b.md": "---\npublished: 2015-02-01\n---\nUp to 80 per cent of hospital admissions in Norland were emergencies.\n",
        }, False),
        Example("1.2 kilometres and 1,200 metres agree", {
            "a.md": "---\npublished: 2019-01-01\n---\nThe tunnel in Lakeport is 1.2 kilometres long.\n",
            "b.md": "---\npublished: 2019-02-01\n---\nThe tunnel in Lakeport is 1,200 metres long.\n",
        }, False),
        Example("a scale-word slip: $4.2 million vs $4.2 billion", {
            "a.md": "---\npublished: 2019-01-01\n---\nIn 2018 the Valdoria road fund spent $4.2 million.\n",
            "b.md": "---\npublished: 2019-02-01\n---\nIn 2018 the Valdoria road fund spent $4.2 billion.\n",
        }, True, ("$4.2 million", "$4.2 billion")),
        Example("the same digits, but no scale word apart", {
            "a.md": "---\npublished: 2019-01-01\n---\nIn 2018 the Valdoria wind farm had a capacity of 10 kW.\n",
            "b.md": "---\npublished: 2019-02-01\n---\nIn 2018 the Valdoria wind farm had a capacity of 1,000 MW.\n",
        }, False),
        Example("figures far apart count at different scopes", {
            "a.md": "---\npublished: 2019-01-01\n---\nIn 2018 the Valdoria survey team had 13 people.\n",
            "b.md": "---\npublished: 2019-02-01\n---\nIn 2018 Valdoria had 4.1 million people.\n",
        }, False),
        Example("two named programmes are two things", {
            "a.md": "---\npublished: 2017-03-01\n---\nIn 2016 the Safe Roads Programme reached 500 schools in Valdoria.\n",
            "b.md": "---\npublished: 2017-05-01\n---\nIn 2016 the Clean Water Initiative reached 380 schools in Valdoria.\n",
        }, False),
        Example("a change and a level are different measures", {
            "a.md": "---\npublished: 2019-01-01\n---\nIn 2018 unemployment in Valdoria fell 2%.\n",
            "b.md": "---\npublished: 2019-02-01\n---\nIn 2018 unemployment in Valdoria was 7%.\n",
        }, False),
        Example("changes reported on different days", {
            "a.md": "---\npublished: 2019-03-01\n---\nValdor Mining shares rose 5% in Port Aurel.\n",
            "b.md": "---\npublished: 2019-03-08\n---\nValdor Mining shares rose 2% in Port Aurel.\n",
        }, False),
        Example("changes reported on the same day", {
            "a.md": "---\npublished: 2019-03-01\n---\nValdor Mining shares rose 5% in Port Aurel.\n",
            "b.md": "---\npublished: 2019-03-01\n---\nValdor Mining shares rose 2% in Port Aurel.\n",
        }, True, ("5%", "2%")),
        Example("a place as the sentence's subject and as where", {
            "a.md": "---\npublished: 2024-03-05\n---\nOstmark received 62,400 asylum applications in 2023.\n",
            "b.md": "---\npublished: 2024-03-19\n---\nThere were 58,000 asylum applications in Ostmark in 2023.\n",
        }, True, ("62,400", "58,000")),
        Example("an intensity in two units of units that convert equal", {
            "a.md": "---\npublished: 2024-03-05\n---\nGrid carbon intensity in Valdoria was 0.212 kg per kWh in 2023.\n",
            "b.md": "---\npublished: 2024-03-19\n---\nGrid carbon intensity in Valdoria was 212 kg per MWh in 2023.\n",
        }, False),
        Example("a density and a count", {
            "a.md": "---\npublished: 2023-03-05\n---\nIn 2022 Marrow had 4,800 inhabitants per square kilometre.\n",
            "b.md": "---\npublished: 2023-03-19\n---\nIn 2022 Marrow had 4,900 inhabitants.\n",
        }, False),
        Example("a rate per million people and a count", {
            "a.md": "---\npublished: 2024-03-05\n---\nOrland recorded 31 road deaths per million people in 2023.\n",
            "b.md": "---\npublished: 2024-03-19\n---\nOrland recorded 45 road deaths in 2023.\n",
        }, False),
        Example("two schools' figures", {
            "a.md": "---\npublished: 2024-03-05\n---\nAt Halden Academy, 78% of pupils achieved a pass in 2023.\n",
            "b.md": "---\npublished: 2024-03-19\n---\nAt Corran High School, 64% of pupils achieved a pass in 2023.\n",
        }, False),
        Example("one school's figure, twice", {
            "a.md": "---\npublished: 2024-03-05\n---\nIn 2023, Halden Academy had 1,140 pupils.\n",
            "b.md": "---\npublished: 2024-03-19\n---\nIn 2023, Halden Academy had 980 pupils.\n",
        }, True, ("1,140", "980")),
        Example("figures written to a decimal place are as precise as they say", {
            "a.md": "---\npublished: 2024-03-05\n---\nLife expectancy at birth in Tarsk was 79.4 years in 2022.\n",
            "b.md": "---\npublished: 2024-03-19\n---\nLife expectancy at birth in Tarsk was 79.8 years in 2022.\n",
        }, True, ("79.4 years", "79.8 years")),
        Example("... and a conversion of one still meets it", {
            "a.md": "---\npublished: 2024-03-05\n---\nIn 2024 the average speed on the Kestrel line was 11.2 km/h.\n",
            "b.md": "---\npublished: 2024-03-19\n---\nIn 2024 the average speed on the Kestrel line was 7 mph.\n",
        }, False),
        Example("a duration in two units and the same in one", {
            "a.md": "---\npublished: 2024-03-05\n---\nIn 2024 the journey time between Castrel and Brennick was 1 hour "
                    "55 minutes.\n",
            "b.md": "---\npublished: 2024-03-19\n---\nIn 2024 the journey time between Castrel and Brennick was 115 "
                    "minutes.\n",
        }, False),
        Example("people killed and people seriously injured", {
            "a.md": "---\npublished: 2024-03-05\n---\nIn 2023, 187 people were killed on Valdoria's roads.\n",
            "b.md": "---\npublished: 2024-03-19\n---\nIn 2023, 1,912 people were seriously injured on Valdoria's roads.\n",
        }, False),
        Example("the jobless rate and the unemployment rate", {
            "a.md": "---\npublished: 2025-01-10\n---\nIn 2024, the jobless rate in Norland was 5.5%.\n",
            "b.md": "---\npublished: 2025-01-12\n---\nIn 2024, the unemployment rate in Norland was 6.0%.\n",
        }, True, ("5.5%", "6.0%")),
        Example("youth unemployment and the unemployment rate", {
            "a.md": "---\npublished: 2025-01-10\n---\nIn 2024, youth unemployment in Norland was 15.5%.\n",
            "b.md": "---\npublished: 2025-01-12\n---\nIn 2024, the unemployment rate in Norland was 6.0%.\n",
        }, False),
        Example("a subgroup named before what is counted", {
            "a.md": "---\npublished: 2024-03-05\n---\nIn 2023 the Castrel transit authority ran 38 electric buses.\n",
            "b.md": "---\npublished: 2024-03-19\n---\nIn 2023 the Castrel transit authority ran 412 buses.\n",
        }, False),
        Example("... and a male figure beside the whole's", {
            "a.md": "---\npublished: 2024-03-05\n---\nLife expectancy at birth in Tarsk was 79.4 years in 2022.\n",
            "b.md": "---\npublished: 2024-03-19\n---\nMale life expectancy in Tarsk was 76.1 years in 2022.\n",
        }, False),
        Example("one subgroup, twice", {
            "a.md": "---\npublished: 2024-03-05\n---\nThere were 1.4 million part-time employees in Norland in 2023.\n",
            "b.md": "---\npublished: 2024-03-19\n---\nThere were 1.9 million part-time employees in Norland in 2023.\n",
        }, True, ("1.4 million", "1.9 million")),
        Example("shares of one group that did two things, past a participle (hospital statistics)", {
            "a.md": "---\npublished: 2023-04-13\n---\nIn Tarsk in March 2023, 71.3% of patients attending A&E were seen "
                    "within four hours.\n",
            "b.md": "---\npublished: 2023-04-14\n---\nIn Tarsk in March 2023, 12% of patients waited more than 12 "
                    "hours.\n",
        }, False),
        Example("a field's rate and the rate of all (university statistics)", {
            "a.md": "---\npublished: 2024-03-12\n---\nThe first-year dropout rate at universities in Tarsk was 9.1% in "
                    "2022.\n",
            "b.md": "---\npublished: 2024-05-02\n---\nIn engineering the first-year dropout rate at universities in "
                    "Tarsk was 14.2% in 2022.\n",
        }, False),
        Example("two ratios to output, past the measure's own amount (fiscal reports)", {
            "a.md": "---\npublished: 2021-04-15\n---\nTarsk recorded a deficit of EUR 11.6 billion in 2020, equal to 6.8% "
                    "of GDP.\n",
            "b.md": "---\npublished: 2021-05-14\n---\nIn Tarsk, public debt reached 87.4% of GDP in 2020.\n",
        }, False),
        Example("... and an earlier level after 'up from', which is of its own year", {
            "a.md": "---\npublished: 2021-04-15\n---\nIn Tarsk, public debt rose to 87.4% of GDP in 2020, up from 78.9% "
                    "of GDP in 2019.\n",
            "b.md": "---\npublished: 2021-05-14\n---\nIn Tarsk, public debt was 82.0% of GDP in 2019.\n",
        }, True, ("78.9%", "82.0%")),
        Example("one signing's fee, two accounts (sport news)", {
            "a.md": "---\npublished: 2024-02-01\n---\nRovers signed Marco Delgado for £32 million in August 2023.\n",
            "b.md": "---\npublished: 2024-03-01\n---\nRovers signed Marco Delgado for £38 million in August 2023.\n",
        }, True, ("£32 million", "£38 million")),
        Example("... and two signings", {
            "a.md": "---\npublished: 2024-02-01\n---\nRovers signed Marco Delgado for £32 million in August 2023.\n",
            "b.md": "---\npublished: 2024-03-01\n---\nRovers signed Ivo Brandt for £38 million in August 2023.\n",
        }, False),
        Example("a component and its total, near in size (fiscal reports)", {
            "a.md": "---\npublished: 2021-04-15\n---\nIn Tarsk, revenue was EUR 74.8 billion in 2019.\n",
            "b.md": "---\npublished: 2021-04-22\n---\nIn Tarsk, tax revenue was EUR 48.3 billion in 2019.\n",
        }, False),
        Example("a figure whose subject is 'it' (transport statistics)", {
            "a.md": "---\npublished: 2024-03-12\n---\nIn Tarsk, train punctuality was 91.4% in 2023.\n",
            "b.md": "---\npublished: 2023-11-02\n---\nIn Tarsk, train punctuality stood at 89.6% in 2022. In 2023 it "
                    "reached 87.9%.\n",
        }, True, ("91.4%", "87.9%")),
        Example("yields of two maturities (bond markets)", {
            "a.md": "---\npublished: 2021-05-14\n---\nIn Tarsk the 10-year yield peaked at 5.35% on 18 March 2020.\n",
            "b.md": "---\npublished: 2021-03-30\n---\nIn Tarsk the 2-year yield reached 3.10% on 18 March 2020.\n",
        }, False),
        Example("a budget's plan and the outturn (fiscal reports)", {
            "a.md": "---\npublished: 2021-06-01\n---\nIn Tarsk, the 2020 budget planned a deficit of 1.5% of GDP.\n",
            "b.md": "---\npublished: 2021-04-15\n---\nIn Tarsk, the deficit was 6.8% of GDP in 2020.\n",
        }, False),
        Example("those waiting past two thresholds (hospital statistics)", {
            "a.md": "---\npublished: 2023-04-13\n---\nIn Tarsk, 19,200 patients had waited more than 52 weeks in March "
                    "2023.\n",
            "b.md": "---\npublished: 2023-04-14\n---\nThe number of patients in Tarsk waiting more than 78 weeks was "
                    "1,450 in March 2023.\n",
        }, False),
        Example("... and past one", {
            "a.md": "---\npublished: 2023-04-13\n---\nIn Tarsk, 19,200 patients had waited more than 52 weeks in March "
                    "2023.\n",
            "b.md": "---\npublished: 2023-04-14\n---\nThe number of patients in Tarsk waiting more than 52 weeks was "
                    "18,100 in March 2023.\n",
        }, True, ("19,200", "18,100")),
        Example("a waiting time is a measure, not 'times' (hospital statistics)", {
            "a.md": "---\npublished: 2023-04-13\n---\nIn Tarsk the median waiting time was 14.2 weeks in March 2023.\n",
            "b.md": "---\npublished: 2023-04-14\n---\nIn Tarsk the median waiting time was 16.8 weeks in March 2023.\n",
        }, True, ("14.2 weeks", "16.8 weeks")),
        Example("shares of two groups' own budgets (household budget surveys)", {
            "a.md": "---\npublished: 2023-07-20\n---\nIn Tarsk, households in the lowest income quintile spent 30% of "
                    "their budget on food in 2022.\n",
            "b.md": "---\npublished: 2023-07-20\n---\nIn Tarsk, households in the highest income quintile spent 14% of "
                    "their budget on food in 2022.\n",
        }, False),
        Example("'other costs' in a breakdown is a part, no figure for all costs (budget briefs)", {
            "a.md": "---\npublished: 2024-02-12\n---\nSuppression spending in Tarsk was split as follows in 2023:\n\n"
                    "- aviation: $550 million\n- other costs: $100 million\n",
            "b.md": "---\npublished: 2023-11-20\n---\nIn Tarsk, suppression costs reached $1.1 billion in 2023.\n",
        }, False),
        Example("areas a past action covered in two years (wildfire reports)", {
            "a.md": "---\npublished: 2022-11-08\n---\nThe program treated 11,500 hectares of forest in 2022.\n",
            "b.md": "---\npublished: 2023-11-20\n---\nThe program treated 15,000 hectares of forest in 2023.\n",
        }, False),
        Example("... and in one year", {
            "a.md": "---\npublished: 2023-11-08\n---\nThe program treated 11,500 hectares of forest in 2023.\n",
            "b.md": "---\npublished: 2023-11-20\n---\nThe program treated 15,000 hectares of forest in 2023.\n",
        }, True, ("11,500 hectares", "15,000 hectares")),
        Example("an operator and its initials (transport statistics)", {
            "a.md": "---\npublished: 2024-03-12\n---\nValdorian State Railways (VSR) carried 412 million passengers in "
                    "2023.\n",
            "b.md": "---\npublished: 2024-04-20\n---\nVSR carried 398 million passengers in 2023.\n",
        }, True, ("412 million", "398 million")),
        Example("passengers of two services named by common nouns (transport statistics)", {
            "a.md": "---\npublished: 2024-01-15\n---\nIn Merrow the metro carried 438 million passengers in 2023.\n",
            "b.md": "---\npublished: 2024-01-20\n---\nIn Merrow the city's buses carried 108 million passengers in 2023.\n",
        }, False),
        Example("what a thing cost and its cost, in two wordings (wildfire reports)", {
            "a.md": "---\npublished: 2023-11-20\n---\nFire suppression cost $1.1 billion in Tarsk in 2023.\n",
            "b.md": "---\npublished: 2024-02-12\n---\nThe cost of fire suppression in Tarsk was $1.25 billion in 2023.\n",
        }, True, ("$1.1 billion", "$1.25 billion")),
        Example("the prices of two things (price news)", {
            "a.md": "---\npublished: 2022-04-01\n---\nIn March the price of petrol in Tarsk was $1.50 a litre.\n",
            "b.md": "---\npublished: 2022-04-03\n---\nIn March the price of diesel in Tarsk was $1.70 a litre.\n",
        }, False),
        Example("... and of one thing", {
            "a.md": "---\npublished: 2022-04-01\n---\nIn March the price of petrol in Tarsk was $1.50 a litre.\n",
            "b.md": "---\npublished: 2022-04-03\n---\nIn March the price of petrol in Tarsk was $1.70 a litre.\n",
        }, True, ("$1.50", "$1.70")),
        Example("a subgroup named after what is counted", {
            "a.md": "---\npublished: 2024-03-05\n---\nPolice in Valdoria made 21,600 arrests in 2023.\n",
            "b.md": "---\npublished: 2024-03-19\n---\nPolice in Valdoria made 3,100 arrests of juveniles in 2023.\n",
        }, False),
        Example("... and a state the subgroup is in", {
            "a.md": "---\npublished: 2024-03-05\n---\nValdoria held 48,300 prisoners in 2023.\n",
            "b.md": "---\npublished: 2024-03-19\n---\nValdoria held 9,400 prisoners on remand in 2023.\n",
        }, False),
        Example("... an age after what is counted", {
            "a.md": "---\npublished: 2024-03-05\n---\nIn 2022, 7.4% of adults in Westhollow had diabetes.\n",
            "b.md": "---\npublished: 2024-03-19\n---\nIn 2022, 12.9% of adults over 65 in Westhollow had diabetes.\n",
        }, False),
        Example("... a condition after what is counted", {
            "a.md": "---\npublished: 2024-03-05\n---\nIn 2022, 7.4% of adults in Westhollow had diabetes.\n",
            "b.md": "---\npublished: 2024-03-19\n---\nIn 2022, 12.9% of adults with a long-term mental health condition "
                    "in Westhollow had diabetes.\n",
        }, False),
        Example("... the most deprived areas", {
            "a.md": "---\npublished: 2024-03-05\n---\nIn 2022, 7.4% of adults in Westhollow had diabetes.\n",
            "b.md": "---\npublished: 2024-03-19\n---\nIn 2022, 11.2% of adults in the most deprived areas of Westhollow "
                    "had diabetes.\n",
        }, False),
        Example("the same group with its age, twice", {
            "a.md": "---\npublished: 2024-03-05\n---\nIn 2022, 14.1% of adults over 65 in Westhollow had diabetes.\n",
            "b.md": "---\npublished: 2024-03-19\n---\nIn 2022, 12.9% of adults over 65 in Westhollow had diabetes.\n",
        }, True, ("14.1%", "12.9%")),
        Example("victims of one kind of trafficking are not all victims", {
            "a.md": "---\npublished: 2023-06-01\n---\nThe government identified 1,190 victims in 2022.\n",
            "b.md": "---\npublished: 2023-06-02\n---\nThe government identified 822 victims of sex trafficking in "
                    "2022.\n",
        }, False),
        Example("... but victims of trafficking are, in a story about it", {
            "a.md": "---\npublished: 2023-06-01\n---\nThe government identified 1,190 victims in 2022.\n",
            "b.md": "---\npublished: 2023-06-02\n---\nThe government identified 1,090 victims of trafficking in "
                    "2022.\n",
        }, True, ("1,190", "1,090")),
        Example("a rise and a fall of one size", {
            "a.md": "---\npublished: 2024-02-01\n---\nValdoria's GDP contracted 0.3% in the fourth quarter of 2023.\n",
            "b.md": "---\npublished: 2024-02-02\n---\nValdoria's GDP grew 0.3% in the fourth quarter of 2023.\n",
        }, True, ("0.3%",)),
        Example("a monthly and an annual change, each against its base", {
            "a.md": "---\npublished: 2024-04-12\n---\nConsumer prices rose 0.4% in March 2024 compared with February.\n",
            "b.md": "---\npublished: 2024-04-12\n---\nConsumer prices rose 3.2% in March 2024 compared with March "
                    "2023.\n",
        }, False),
        Example("a change on the quarter and one on the year", {
            "a.md": "---\npublished: 2024-02-01\n---\nGDP grew 0.3% in the fourth quarter of 2023 compared with the "
                    "previous quarter.\n",
            "b.md": "---\npublished: 2024-02-01\n---\nGDP grew 1.4% in the fourth quarter of 2023 compared with the "
                    "same quarter of 2022.\n",
        }, False),
        Example("cases recorded and cases reported are one count", {
            "a.md": "---\npublished: 2023-11-08\n---\nThe Dunmore region recorded 1,284 confirmed measles cases in "
                    "2022.\n",
            "b.md": "---\npublished: 2024-02-15\n---\nDunmore reported 1,348 confirmed measles cases in 2022.\n",
        }, True, ("1,284", "1,348")),
        Example("calls answered and calls taken are one count", {
            "a.md": "---\npublished: 2024-03-12\n---\nThe Línea Violeta helpline answered 212,000 calls in 2023.\n",
            "b.md": "---\npublished: 2024-03-13\n---\nThe Línea Violeta helpline took 250,000 calls in 2023.\n",
        }, True, ("212,000", "250,000")),
        Example("women killed and women murdered are one count", {
            "a.md": "---\npublished: 2024-03-12\n---\nIn 2023, 1,284 women were killed in Valdoria.\n",
            "b.md": "---\npublished: 2024-03-13\n---\nIn 2023, 1,348 women were murdered in Valdoria.\n",
        }, True, ("1,284", "1,348")),
        Example("a ratio given to one decimal and to two", {
            "a.md": "---\npublished: 2024-03-12\n---\nIn the Harlow trial, the odds ratio for stroke was 0.61.\n",
            "b.md": "---\npublished: 2024-03-13\n---\nIn the Harlow trial, the odds ratio for stroke was 0.6.\n",
        }, False),
        Example("a duration in whole years and to a decimal", {
            "a.md": "---\npublished: 2024-03-12\n---\nThe Harlow trial's median follow-up was 3.2 years.\n",
            "b.md": "---\npublished: 2024-03-13\n---\nThe Harlow trial's median follow-up was 3 years.\n",
        }, False),
        Example("... that rounds to another whole year", {
            "a.md": "---\npublished: 2024-03-12\n---\nThe Harlow trial's median follow-up was 3.2 years.\n",
            "b.md": "---\npublished: 2024-03-13\n---\nThe Harlow trial's median follow-up was 4 years.\n",
        }, True, ("3.2 years", "4 years")),
        Example("a figure with no place, a country's, and a province's", {
            "a.md": "---\ntitle: Forest cover in Sarolia drops\npublished: 2024-02-08\n---\nIn Sarolia, forest cover "
                    "fell in 2023. The country lost 86,000 hectares of primary forest in 2023.\n",
            "b.md": "---\npublished: 2024-03-15\n---\nSatellite imagery shows the country lost 91,500 hectares of "
                    "primary forest in 2023.\n",
            "c.md": "---\npublished: 2024-03-20\n---\nKembu province lost 12,000 hectares of primary forest in 2023.\n",
        }, True, ("86,000 hectares", "91,500 hectares")),
        Example("a place the corpus knows, after 'for'", {
            "a.md": "---\ntitle: Jobless rate in Varnia falls\npublished: 2024-02-14\n---\nIn Varnia, the "
                    "unemployment rate fell to 5.8% in 2023.\n",
            "b.md": "---\npublished: 2024-02-20\n---\nThe bureau reported an unemployment rate of 6.2% for Varnia in "
                    "2023. The unemployment rate in Doranville was 5.3% in 2023.\n",
        }, True, ("5.8%", "6.2%")),
        Example("a national figure and a province's, in a corpus that names only the province", {
            "a.md": "---\npublished: 2024-05-02\n---\nThe national femicide rate was 2.7 per 100,000 women in 2023.\n",
            "b.md": "---\npublished: 2024-06-14\n---\nIn Calanda, the femicide rate stood at 4.9 per 100,000 women in "
                    "2023.\n",
        }, False),
        Example("one part's second share, against the other part's", {
            "a.md": "---\npublished: 2024-04-10\n---\nWomen made up 38% of the workforce and 29% of senior management "
                    "positions in 2024.\n",
            "b.md": "---\npublished: 2024-04-12\n---\nMen held 71% of senior management positions in 2024.\n",
        }, False),
        Example("two companies' emissions", {
            "a.md": "---\npublished: 2024-03-12\n---\nKestrel Logistics emitted 1.86 million tonnes of CO2e in 2023.\n",
            "b.md": "---\npublished: 2024-03-13\n---\nHalvard Freight emitted 940,000 tonnes of CO2e in 2023.\n",
        }, False),
        Example("emissions of two scopes", {
            "a.md": "---\npublished: 2024-03-12\n---\nVeltrana's Scope 1 emissions were 412 ktCO2e in 2023.\n",
            "b.md": "---\npublished: 2024-03-13\n---\nVeltrana's Scope 2 emissions were 96.5 ktCO2e in 2023.\n",
        }, False),
        Example("... and two companies' emissions of one scope (sustainability reports)", {
            "a.md": "---\npublished: 2024-04-15\n---\nNorvale's scope 1 emissions were 412,000 tonnes in 2023.\n",
            "b.md": "---\npublished: 2024-04-20\n---\nCastellan Foods reported scope 1 emissions of 298,000 tonnes in "
                    "2023.\n",
        }, False),
        Example("... and one company's scope 1 against its scopes 1 and 2", {
            "a.md": "---\npublished: 2024-04-15\n---\nHalvorsen's scope 1 and 2 emissions were 12.4 million tonnes in "
                    "2023.\n",
            "b.md": "---\npublished: 2024-04-20\n---\nHalvorsen's scope 1 emissions were 10.2 million tonnes in 2023.\n",
        }, False),
        Example("... but one company's scope 1 twice", {
            "a.md": "---\npublished: 2024-04-15\n---\nHalvorsen's scope 1 emissions were 11.0 million tonnes in 2023.\n",
            "b.md": "---\npublished: 2024-04-20\n---\nHalvorsen's Scope 1 emissions were 10.2 million tonnes in 2023.\n",
        }, True, ("11.0 million tonnes", "10.2 million tonnes")),
        Example("a share that came from a source, and one generated from it (sustainability reports)", {
            "a.md": "---\npublished: 2024-03-01\n---\nIn 2023, 64% of Norvale's electricity came from renewable "
                    "sources.\n",
            "b.md": "---\npublished: 2024-04-15\n---\nIn 2023, 71% of Norvale's electricity was generated from "
                    "renewable sources.\n",
        }, True, ("64%", "71%")),
        Example("shares of a group that had two conditions (health surveys)", {
            "a.md": "---\npublished: 2020-12-15\n---\nIn 2019, 7% of adults in England had diabetes.\n",
            "b.md": "---\npublished: 2020-09-10\n---\nIn 2019, 28% of adults in England had high blood pressure.\n",
        }, False),
        Example("... or were in one state or either of two", {
            "a.md": "---\npublished: 2020-12-15\n---\nIn 2019, 36% of adults in England were overweight.\n",
            "b.md": "---\npublished: 2020-09-10\n---\nIn 2019, 64% of adults in England were overweight or obese.\n",
        }, False),
        Example("where a count was made, before or after it (health statistics)", {
            "a.md": "---\npublished: 2021-06-09\n---\nIn 2014, 422 million people worldwide had diabetes.\n",
            "b.md": "---\npublished: 2021-02-18\n---\nIn 2014, 442 million people had diabetes worldwide.\n",
        }, True, ("422 million", "442 million")),
        Example("a story whose title names its country, and whose text names a neighbour (tax statistics)", {
            "a.md": "---\ntitle: \"Portugal's tax take hits record\"\npublished: 2023-07-02\n---\nTax revenue was €98.4 "
                    "billion in 2022. In Spain the tax-to-GDP ratio was 38.3%.\n",
            "b.md": "---\npublished: 2023-03-15\n---\nPortugal's tax revenue was €91.2 billion in 2022.\n",
        }, True, ("€98.4 billion", "€91.2 billion")),
        Example("two terminals named by their numbers", {
            "a.md": "---\npublished: 2024-03-12\n---\nValdmoor's Terminal 1 handled 11.2 million passengers in 2023.\n",
            "b.md": "---\npublished: 2024-03-13\n---\nValdmoor's Terminal 2 handled 7.9 million passengers in 2023.\n",
        }, False),
        Example("... and one terminal, twice", {
            "a.md": "---\npublished: 2024-03-12\n---\nValdmoor's Terminal 1 handled 11.2 million passengers in 2023.\n",
            "b.md": "---\npublished: 2024-03-13\n---\nValdmoor's Terminal 1 handled 9.9 million passengers in 2023.\n",
        }, True, ("11.2 million", "9.9 million")),
        Example("changes over two spans that end in the same year", {
            "a.md": "---\npublished: 2023-06-01\n---\nThe number of child labourers in Vessaria fell 12% from 1.61 "
                    "million in 2018 to 1.42 million in 2022.\n",
            "b.md": "---\npublished: 2023-06-02\n---\nThe number of child labourers in Vessaria fell 5% from 1.49 "
                    "million in 2020 to 1.42 million in 2022.\n",
        }, False),
        Example("a change over a decade and a change in its last year", {
            "a.md": "---\npublished: 2022-08-01\n---\nMembership rose from 8,400 in 2010 to 12,600 in 2020, an "
                    "increase of 50%.\n",
            "b.md": "---\npublished: 2022-08-02\n---\nMembership fell by 6% in 2020, from 13,400 to 12,600.\n",
        }, False),
        Example("two reports of one series, each about its own invented country", {
            "a.md": "---\ntitle: Child protection in Ostrovia\npublished: 2023-05-01\n---\nIn Ostrovia, 410,000 "
                    "children worked in 2022. The government operates 23 shelters for child victims.\n",
            "b.md": "---\ntitle: Child protection in Tamoria\npublished: 2023-05-02\n---\nIn Tamoria, 380,000 "
                    "children worked in 2022. The government operates 14 shelters for child victims.\n",
        }, False),
        Example("... and the same country's figure, twice", {
            "a.md": "---\ntitle: Child protection in Ostrovia\npublished: 2023-05-01\n---\nIn Ostrovia, 410,000 "
                    "children worked in 2022. The government operates 23 shelters for child victims.\n",
            "b.md": "---\ntitle: Ostrovia's shelters\npublished: 2023-05-02\n---\nIn Ostrovia, the government "
                    "operates 14 shelters for child victims.\n",
        }, True, ("23", "14")),
        Example("a state's figure in the state's own newspaper, and the country's", {
            "a.md": "---\ntitle: Prosecution of femicides in Meridia\npublished: 2024-06-14\n---\nIn Meridia, 41% of "
                    "femicide cases reached a conviction in 2023. The femicide rate in Norvena was 6.8 per 100,000 "
                    "women in 2023.\n",
            "b.md": "---\ntitle: Women in Norvena face the highest risk\npublished: 2024-05-05\n---\nNorvena's femicide "
                    "rate of about 5.6 per 100,000 women in 2023 was more than double the national rate.\n",
        }, True, ("5.6 per 100,000", "6.8 per 100,000")),
        Example("a place named as the subject of its sentence, which the corpus gives as a place", {
            "a.md": "---\npublished: 2024-02-01\n---\nIn Norvena, 198 femicides were recorded in 2022. Norvena "
                    "recorded 212 femicides in 2023.\n",
            "b.md": "---\npublished: 2024-02-02\n---\nIn Calvera, 140 femicides were recorded in 2022. Calvera "
                    "recorded 158 femicides in 2023.\n",
        }, False),
        Example("shares of a whole in two different states", {
            "a.md": "---\npublished: 2024-03-05\n---\nIn 2023, 23% of prisoners in Valdoria were on remand.\n",
            "b.md": "---\npublished: 2024-03-19\n---\nIn 2023, 4% of prisoners in Valdoria were women.\n",
        }, False),
        Example("the same subgroup given twice", {
            "a.md": "---\npublished: 2024-03-05\n---\nPolice in Valdoria made 3,100 arrests of juveniles in 2023.\n",
            "b.md": "---\npublished: 2024-03-19\n---\nPolice in Valdoria made 4,600 arrests of juveniles in 2023.\n",
        }, True, ("3,100", "4,600")),
        Example("a rolling year and a quarter that end in the same month", {
            "a.md": "---\npublished: 2023-08-01\n---\nValdoria police recorded 184,000 crimes in the 12 months to June "
                    "2023.\n",
            "b.md": "---\npublished: 2023-08-02\n---\nValdoria police recorded 46,000 crimes in the three months to "
                    "June 2023.\n",
        }, False),
        Example("the levels a market closed at on different days", {
            "a.md": "---\npublished: 2019-03-01\n---\nThe Valdoria 50 rose 12 points to 1,478.\n",
            "b.md": "---\npublished: 2019-03-08\n---\nThe Valdoria 50 fell 30 points to 1,436.\n",
        }, False),
        Example("the levels a market closed at on the same day", {
            "a.md": "---\npublished: 2019-03-01\n---\nThe Valdoria 50 rose 12 points to 1,478.\n",
            "b.md": "---\npublished: 2019-03-01\n---\nThe Valdoria 50 rose 12 points to 1,498.\n",
        }, True, ("1,478", "1,498")),
        Example("points of an index and of a player share only the word", {
            "a.md": "---\npublished: 2019-03-01\n---\nIn 2018 the Valdoria index closed at 1,478 points.\n",
            "b.md": "---\npublished: 2019-03-01\n---\nIn 2018 the Valdoria captain averaged 7.3 points.\n",
        }, False),
        Example("a share of GDP and of gross domestic product", {
            "a.md": "---\npublished: 2024-04-25\n---\nIn March 2024, Valdoria's net debt was 98.5% of GDP.\n",
            "b.md": "---\npublished: 2024-04-25\n---\nIn March 2024, Valdoria's net debt was 96.2% of gross domestic "
                    "product.\n",
        }, True, ("98.5%", "96.2%")),
        Example("a deficit and a debt, each a ratio to GDP", {
            "a.md": "---\npublished: 2024-04-25\n---\nThe government expects a deficit of 3.2% of GDP in 2024.\n",
            "b.md": "---\npublished: 2024-04-25\n---\nPublic debt is expected to reach 62% of GDP in 2024.\n",
        }, False),
        Example("spending given as a share of GDP in an aside, and a surplus", {
            "a.md": "---\npublished: 2024-03-12\n---\nPoland will spend 159 billion zlotys on defence in 2024, or 4.1% of "
                    "GDP.\n",
            "b.md": "---\npublished: 2024-03-20\n---\nPoland's trade surplus reached 1.8% of GDP in 2024.\n",
        }, False),
        Example("one deficit, two ratios to GDP", {
            "a.md": "---\npublished: 2024-04-25\n---\nThe budget deficit was 3.1% of GDP in 2023.\n",
            "b.md": "---\npublished: 2024-04-25\n---\nIn 2023 the budget deficit reached 4.6% of GDP.\n",
        }, True, ("3.1%", "4.6%")),
        Example("a continent's figure is no figure for the whole", {
            "a.md": "---\npublished: 2024-01-20\n---\nSales of Verolin in Europe were $400 million in 2023.\n",
            "b.md": "---\npublished: 2024-01-20\n---\nSales of Verolin were $1.2 billion in 2023.\n",
        }, False),
        Example("nor a province's for a figure that names no place", {
            "a.md": "---\npublished: 2024-01-20\n---\nRiau province lost 52,000 hectares of forest in 2023.\n",
            "b.md": "---\npublished: 2024-01-20\n---\nForest loss was 21,000 hectares in 2023.\n",
        }, False),
        Example("a count written to its last unit is exact", {
            "a.md": "---\npublished: 2023-03-01\n---\nIn 2022, 312 femicides were recorded.\n",
            "b.md": "---\npublished: 2023-03-02\n---\nIn 2022, 315 femicides were recorded.\n",
        }, True, ("312", "315")),
        Example("a hedged third figure does not reconcile two exact ones", {
            "a.md": "---\npublished: 2023-03-01\n---\nAuthorities identified 1,284 victims of trafficking in Velmoria "
                    "in 2022.\n",
            "b.md": "---\npublished: 2023-03-02\n---\nAuthorities identified 1,341 victims of trafficking in Velmoria "
                    "in 2022.\n",
            "c.md": "---\npublished: 2023-03-03\n---\nAuthorities identified about 1,300 victims of trafficking in "
                    "Velmoria in 2022.\n",
        }, True, ("1,284", "1,341")),
        Example("a birthday between two stories", {
            "a.md": "---\npublished: 2023-01-14\n---\nOkonkwo, 24, scored twice on Saturday.\n",
            "b.md": "---\npublished: 2023-11-20\n---\nOkonkwo, 25, scored twice on Sunday.\n",
        }, False),
        Example("an age two weeks later that no birthday explains", {
            "a.md": "---\npublished: 2023-05-18\n---\nOkonkwo, 33, scored twice on Saturday.\n",
            "b.md": "---\npublished: 2023-06-01\n---\nOkonkwo, 32, scored twice on Sunday.\n",
        }, True, ("33", "32")),
        Example("seats won and seats secured", {
            "a.md": "---\npublished: 2024-05-20\n---\nThe Liberal Alliance won 42 seats.\n",
            "b.md": "---\npublished: 2024-05-21\n---\nThe Liberal Alliance secured 45 seats.\n",
        }, True, ("42", "45")),
        Example("games won and games drawn", {
            "a.md": "---\npublished: 2024-05-20\n---\nThe team won 20 games.\n",
            "b.md": "---\npublished: 2024-05-21\n---\nThe team drew 5 games.\n",
        }, False),
        Example("two candidates' spending", {
            "a.md": "---\npublished: 2022-11-20\n---\nHer challenger, Luis Brandt, spent $2.9 million.\n",
            "b.md": "---\npublished: 2022-11-25\n---\nDana Okafor's campaign alone spent $5.2m.\n",
        }, False),
        Example("a city's figure is no figure for what names no place", {
            "a.md": "---\npublished: 2022-11-20\n---\nCandidates spent a combined $8.4 million in 2022.\n",
            "b.md": "---\npublished: 2022-11-25\n---\nIn the neighbouring city of Eastmoor, the candidates spent a "
                    "combined $2.9 million in 2022.\n",
        }, False),
        Example("one club's crowd, as fans and as spectators", {
            "a.md": "---\npublished: 2023-06-01\n---\nHarwick Rovers averaged 31,450 fans in 2022/23.\n",
            "b.md": "---\npublished: 2023-06-02\n---\nHarwick Rovers averaged 29,900 spectators in 2022/23.\n",
        }, True, ("31,450", "29,900")),
        Example("two trials named in capitals", {
            "a.md": "---\npublished: 2023-06-01\n---\nThe CALDERA trial enrolled 1,240 patients.\n",
            "b.md": "---\npublished: 2023-06-02\n---\nThe SUMMIT trial enrolled 1,420 patients.\n",
        }, False),
        Example("two clubs' crowds", {
            "a.md": "---\npublished: 2023-06-01\n---\nHarwick FC averaged 31,450 fans in 2022/23.\n",
            "b.md": "---\npublished: 2023-06-01\n---\nCastleford FC averaged 18,200 fans in 2022/23.\n",
        }, False),
        Example("two players' fees", {
            "a.md": "---\npublished: 2023-06-01\n---\nOkonkwo's transfer fee was €42 million.\n",
            "b.md": "---\npublished: 2023-06-01\n---\nMarsh's transfer fee was €38 million.\n",
        }, False),
        Example("victims of two kinds of exploitation", {
            "a.md": "---\npublished: 2022-03-01\n---\nPolice identified 450 victims of sexual exploitation in Sanduri "
                    "in 2021.\n",
            "b.md": "---\npublished: 2022-03-01\n---\nPolice identified 230 victims of forced labour in Sanduri in "
                    "2021.\n",
        }, False),
        Example("victims of trafficking and of human trafficking", {
            "a.md": "---\npublished: 2022-03-01\n---\nPolice identified 450 victims of trafficking in Sanduri in 2021.\n",
            "b.md": "---\npublished: 2022-03-01\n---\nPolice identified 520 victims of human trafficking in Sanduri in "
                    "2021.\n",
        }, True, ("450", "520")),
        Example("people in forced labour and in modern slavery", {
            "a.md": "---\npublished: 2022-10-05\n---\nIn 2021 an estimated 50 million people were living in modern "
                    "slavery.\n",
            "b.md": "---\npublished: 2024-03-20\n---\nIn 2021 some 27 million people were in forced labour.\n",
        }, False),
        Example("child victims are some of the victims", {
            "a.md": "---\npublished: 2022-03-01\n---\nPolice identified 160 child victims in Sanduri in 2021.\n",
            "b.md": "---\npublished: 2022-03-01\n---\nPolice identified 450 victims of trafficking in Sanduri in 2021.\n",
        }, False),
        Example("two forecasters' projections", {
            "a.md": "---\npublished: 2023-10-12\n---\nThe treasury expects the budget deficit to fall to 2.5% of GDP in "
                    "2024.\n",
            "b.md": "---\npublished: 2023-10-13\n---\nThe IMF projects the budget deficit at 2.8% of GDP in 2024.\n",
        }, False),
        Example("one forecaster's projection, two figures", {
            "a.md": "---\npublished: 2023-10-12\n---\nThe IMF projects the budget deficit at 2.5% of GDP in 2024.\n",
            "b.md": "---\npublished: 2023-10-13\n---\nThe IMF projects the budget deficit at 2.8% of GDP in 2024.\n",
        }, True, ("2.5%", "2.8%")),
        Example("a company's guidance is no outcome", {
            "a.md": "---\npublished: 2023-01-12\n---\nStreamly's 2023 revenue guidance is $2.6 billion.\n",
            "b.md": "---\npublished: 2024-02-04\n---\nStreamly's revenue was $2.4 billion in 2023.\n",
        }, False),
        Example("what a fee could rise to is no fee paid", {
            "a.md": "---\npublished: 2023-01-12\n---\nValtrees signed Okonkwo for a fee of €42 million.\n",
            "b.md": "---\npublished: 2023-01-12\n---\nThe fee could rise to €50 million with bonuses.\n",
        }, False),
        Example("a party's seats are not the chamber's", {
            "a.md": "---\npublished: 2024-02-01\n---\nThe Democratic Centre won 61 of 150 seats.\n",
            "b.md": "---\npublished: 2024-02-01\n---\nThe Democratic Centre, which won 61 seats, leads the coalition.\n",
        }, False),
        Example("a department's spending is part of the province's", {
            "a.md": "---\npublished: 2023-04-12\n---\nThe province spent US$4,820 million in fiscal 2022.\n",
            "b.md": "---\npublished: 2023-09-05\n---\nHealth spending reached US$1.52 billion in 2022.\n",
        }, False),
        Example("a part listed after a colon is no figure for the whole", {
            "a.md": "---\npublished: 2024-06-18\n---\nOf the 1,140 homes completed in 2023-24, 310 were affordable.\n",
            "b.md": "---\npublished: 2024-06-14\n---\nA total of 1,140 dwellings were completed in 2023-24: 830 market "
                    "homes, 190 affordable rented homes and 120 homes for social rent.\n",
        }, False),
        Example("a council's seats are no party's", {
            "a.md": "---\npublished: 2023-05-06\n---\nIndependents won 22 of the 45 seats on the council.\n",
            "b.md": "---\npublished: 2023-05-07\n---\nIndependent candidates won 22 seats on the 45-member council.\n",
        }, False),
        Example("a party's seats, with them in an aside", {
            "a.md": "---\npublished: 2024-02-01\n---\nThe Greens, with 18 seats, are now the fourth largest party.\n",
            "b.md": "---\npublished: 2024-02-01\n---\nThe Greens won 21 seats.\n",
        }, True, ("18", "21")),
        Example("an anomaly in Celsius and in Fahrenheit agrees", {
            "a.md": "---\npublished: 2024-02-01\n---\nKenya was 1.4°C warmer than average in 2023.\n",
            "b.md": "---\npublished: 2024-02-01\n---\nKenya was 2.5°F warmer than average in 2023.\n",
        }, False),
        Example("an anomaly converted as a temperature disagrees", {
            "a.md": "---\npublished: 2024-02-01\n---\nKenya was 1.4°C warmer than average in 2023.\n",
            "b.md": "---\npublished: 2024-02-01\n---\nKenya was 34.5°F warmer than average in 2023.\n",
        }, True, ("1.4°C", "34.5°F")),
        Example("an area stated for two years", {
            "a.md": "---\npublished: 2024-02-01\n---\nKenya's forest cover was 4.2 million hectares in 2023.\n",
            "b.md": "---\npublished: 2024-02-01\n---\nKenya's forest cover was 4.9 million hectares in 2015.\n",
        }, False),
        Example("yearly rates over two spans", {
            "a.md": "---\npublished: 2024-02-01\n---\nSea level rose 3.3 mm per year between 1993 and 2023.\n",
            "b.md": "---\npublished: 2024-02-01\n---\nSea level will rise 4.5 mm per year between 2024 and 2033.\n",
        }, False),
        Example("two departments' budgets", {
            "a.md": "---\npublished: 2024-04-25\n---\nThe transport department's budget is £2.1bn in 2024.\n",
            "b.md": "---\npublished: 2024-04-25\n---\nThe health department's budget is £9.6 billion in 2024.\n",
        }, False),
        Example("spending on one thing and on another", {
            "a.md": "---\npublished: 2024-04-25\n---\nSpending on health and social care is £23.9bn this year.\n",
            "b.md": "---\npublished: 2024-04-25\n---\nTransport spending falls to £2.1 billion this year.\n",
        }, False),
        Example("two months' inflation in one year", {
            "a.md": "---\npublished: 2024-04-17\n---\nInflation in Valdoria rose to 3.2% in March.\n",
            "b.md": "---\npublished: 2024-03-20\n---\nValdoria's inflation rate eased to 2.9% in February 2024.\n",
        }, False),
        Example("one month's inflation, two figures", {
            "a.md": "---\npublished: 2024-04-17\n---\nInflation in Valdoria rose to 3.2% in March.\n",
            "b.md": "---\npublished: 2024-04-18\n---\nAnnual inflation in Valdoria reached 3.4% in March.\n",
        }, True, ("3.2%", "3.4%")),
        Example("28 million is 27.6 million rounded", {
            "a.md": "---\npublished: 2022-09-12\n---\nIn 2021, 28 million people in Valdoria were in forced labour.\n",
            "b.md": "---\npublished: 2023-01-20\n---\nIn 2021, 27.6 million people in Valdoria were in forced labour.\n",
        }, False),
        Example("22 million and 23 million do not round to each other", {
            "a.md": "---\npublished: 2022-09-12\n---\nIn 2021, 22 million people in Valdoria were in forced marriage.\n",
            "b.md": "---\npublished: 2023-01-20\n---\nIn 2021, 23 million people in Valdoria were in forced marriage.\n",
        }, True, ("22 million", "23 million")),
        Example("one party's seats in two results", {
            "a.md": "---\npublished: 2024-05-06\n---\nIn Arlen, Labour won 15 seats and the Liberals won 6 seats.\n",
            "b.md": "---\npublished: 2024-05-08\n---\nArlen results: Labour 15 seats, Liberals 5 seats.\n",
        }, True, ("6", "5")),
        Example("a party's seats are no figure for the council's", {
            "a.md": "---\npublished: 2024-05-06\n---\nIn Arlen, the Greens won 28 seats.\n",
            "b.md": "---\npublished: 2024-05-08\n---\nArlen's council has 51 seats.\n",
        }, False),
        Example("different years are not a conflict", {
            "a.md": "---\npublished: 2017-01-01\n---\nIn 2016, 247 road deaths were recorded in Valdoria.\n",
            "b.md": "---\npublished: 2020-01-01\n---\nIn 2019, 212 road deaths were recorded in Valdoria.\n",
        }, False),
        Example("died and lost their lives say the same", {
            "a.md": "---\npublished: 2023-02-10\n---\nIn 2022, 1,430 people died on Valmora's roads.\n",
            "b.md": "---\npublished: 2023-03-01\n---\nLast year 1,610 people lost their lives on Valmora's roads.\n",
        }, True, ("1,430", "1,610")),
        Example("people who died and deaths recorded (TB programmes)", {
            "a.md": "---\npublished: 2023-03-30\n---\nIn 2022, 9,100 people died of TB in Valdoria.\n",
            "b.md": "---\npublished: 2023-04-30\n---\nValdoria recorded 8,000 TB deaths in 2022.\n",
        }, True, ("9,100", "8,000")),
        Example("a rate stated before its number converts", {
            "a.md": "---\npublished: 2023-02-10\n---\nAround 120 children are killed on the roads each year.\n",
            "b.md": "---\npublished: 2023-03-01\n---\nEvery week, around two children die on the roads.\n",
        }, False),
        Example("the same part of one whole: a conflict", {
            "a.md": "---\npublished: 2021-02-10\n---\nIn 2020, 80 per cent of trafficking victims were women.\n",
            "b.md": "---\npublished: 2021-03-01\n---\nIn 2020, women made up 60% of trafficking victims.\n",
        }, True, ("80 per cent", "60%")),
        Example("two parts of one whole are no conflict", {
            "a.md": "---\npublished: 2021-02-10\n---\nIn 2020, 20 per cent of trafficking victims were children.\n",
            "b.md": "---\npublished: 2021-03-01\n---\nIn 2020, women made up 60% of trafficking victims.\n",
        }, False),
        Example("teachers in primary and in secondary schools", {
            "a.md": "---\npublished: 2023-08-24\n---\nIn 2023 Valdoria had 52,300 teachers in primary schools.\n",
            "b.md": "---\npublished: 2023-08-25\n---\nIn 2023 Valdoria had 47,800 teachers in secondary schools.\n",
        }, False),
        Example("those who remain are not all who were displaced", {
            "a.md": "---\npublished: 2024-02-01\n---\nIn Valdoria, 38,000 people remain in evacuation centres after the "
                    "storm.\n",
            "b.md": "---\npublished: 2024-02-03\n---\nIn Valdoria, the storm displaced 52,000 people.\n",
        }, False),
        Example("a rate per 100,000 people is no count of them", {
            "a.md": "---\npublished: 2024-02-01\n---\nValdoria recorded 4.2 road deaths per 100,000 people in 2023.\n",
            "b.md": "---\npublished: 2024-02-03\n---\nValdoria recorded 22 road deaths in 2023.\n",
        }, False),
        Example("two rates per 100,000 people", {
            "a.md": "---\npublished: 2024-02-01\n---\nValdoria recorded 4.2 road deaths per 100,000 people in 2023.\n",
            "b.md": "---\npublished: 2024-02-03\n---\nIn 2023 Valdoria recorded 5.1 road deaths per 100,000 people.\n",
        }, True, ("4.2", "5.1")),
        Example("three documents, three figures: each pair disagrees", {
            "a.md": "---\npublished: 2024-01-01\n---\nIn 2023 the city of Norvik had 100 buses.\n",
            "b.md": "---\npublished: 2024-01-02\n---\nIn 2023 the city of Norvik had 110 buses.\n",
            "c.md": "---\npublished: 2024-01-03\n---\nIn 2023 the city of Norvik had 30 buses.\n",
        }, True, ("100", "110")),
        Example("growth on the quarter and on the year", {
            "a.md": "---\npublished: 2023-11-01\n---\nValdoria's GDP grew 0.6% quarter on quarter in the third quarter "
                    "of 2023.\n",
            "b.md": "---\npublished: 2023-11-02\n---\nValdoria's GDP grew 2.1% year on year in the third quarter of "
                    "2023.\n",
        }, False),
        Example("forecast and outcome", {
            "a.md": "---\npublished: 2023-11-03\n---\nValdoria's unemployment rate was 4.2% in October 2023.\n",
            "b.md": "---\npublished: 2023-11-02\n---\nEconomists had expected Valdoria's unemployment rate to be 4.4% in "
                    "October 2023.\n",
        }, False),
        Example("the level a change started from, at a dated event (census releases)", {
            "a.md": "---\npublished: 2022-06-30\n---\nThe 2021 census counted 52.1 million people in Kenya, up from 47.6 "
                    "million at the 2011 census.\n",
            "b.md": "---\npublished: 2023-03-15\n---\nKenya's 2011 census counted 45.0 million people.\n",
        }, True, ("47.6 million", "45.0 million")),
        Example("... and in the place of the level it led to (birth statistics)", {
            "a.md": "---\npublished: 2024-03-14\n---\nThere were 46,750 live births in Portugal in 2023, down 3.0% from "
                    "52,000 in 2022.\n",
            "b.md": "---\npublished: 2023-04-18\n---\nThere were 48,214 live births in Portugal in 2022.\n",
        }, True, ("52,000", "48,214")),
        Example("spending and expenditure on one thing (defence spending)", {
            "a.md": "---\npublished: 2024-04-22\n---\nJapan's military expenditure was $50.2 billion in 2023.\n",
            "b.md": "---\npublished: 2024-04-23\n---\nJapan's military spending was $46.0 billion in 2023.\n",
        }, True, ("$50.2 billion", "$46.0 billion")),
        Example("... and what was spent on it", {
            "a.md": "---\npublished: 2024-04-22\n---\nSaudi Arabia's military spending was $75.8 billion in 2023.\n",
            "b.md": "---\npublished: 2024-04-23\n---\nSaudi Arabia spent $69.0 billion on its military in 2023.\n",
        }, True, ("$75.8 billion", "$69.0 billion")),
        Example("... but not government spending and spending on one thing", {
            "a.md": "---\npublished: 2024-04-22\n---\nValdoria's government spending was $75.8 billion in 2023.\n",
            "b.md": "---\npublished: 2024-04-23\n---\nValdoria spent $9.0 billion on its military in 2023.\n",
        }, False),
        Example("a district named with and without its kind (disaster news)", {
            "a.md": "---\npublished: 2024-09-02\n---\nIn Gorkha District, 21,000 houses were destroyed in 2024.\n",
            "b.md": "---\npublished: 2024-09-03\n---\nIn Gorkha, 31,000 houses were destroyed in 2024.\n",
        }, True, ("21,000", "31,000")),
        Example("a toll that 'stands at' a figure on two days is no conflict (disaster news)", {
            "a.md": "---\npublished: 2025-03-11\n---\nThe death toll from the Valdoria earthquake stands at 1,200.\n",
            "b.md": "---\npublished: 2025-03-14\n---\nThe death toll from the Valdoria earthquake stands at 2,150.\n",
        }, False),
        Example("a scenario's outcome is no level (population projections)", {
            "a.md": "---\npublished: 2023-09-12\n---\nUnder the low-migration scenario, Valdoria's population would be "
                    "4.05 million in 2023.\n",
            "b.md": "---\npublished: 2023-09-20\n---\nValdoria's population was 4.62 million in 2023.\n",
        }, False),
        Example("... nor a threshold", {
            "a.md": "---\npublished: 2023-04-18\n---\nIn Valdoria a fertility rate of 2.1 is needed to replace the "
                    "population.\n",
            "b.md": "---\npublished: 2023-09-12\n---\nIn Valdoria the fertility rate was 1.41 in 2023.\n",
        }, False),
        Example("a price per kWh and per MWh are prices of different quantities", {
            "a.md": "---\npublished: 2024-02-01\n---\nIn 2023 Valdoria's household electricity price was €0.284 per "
                    "kWh.\n",
            "b.md": "---\npublished: 2024-02-03\n---\nIn 2023 Valdoria's household electricity price was €284 per "
                    "MWh.\n",
        }, False),
        Example("two prices per kWh", {
            "a.md": "---\npublished: 2024-02-01\n---\nIn 2023 Valdoria's household electricity price was €0.284 per "
                    "kWh.\n",
            "b.md": "---\npublished: 2024-02-03\n---\nIn 2023 Valdoria's household electricity price was €0.31 per "
                    "kWh.\n",
        }, True, ("€0.284", "€0.31")),
        Example("what will be is no account of what was", {
            "a.md": "---\npublished: 2023-05-10\n---\nValdoria's education spending will rise to 4.8% of GDP in 2024.\n",
            "b.md": "---\npublished: 2025-03-01\n---\nValdoria's education spending was 4.6% of GDP in 2024.\n",
        }, False),
        Example("visitors a place received and visitors it attracted are the same visitors", {
            "a.md": "---\npublished: 2024-02-11\n---\nVelmora received 4.2 million international visitors in 2023.\n",
            "b.md": "---\npublished: 2024-02-12\n---\nVelmora attracted 3.8 million international visitors in 2023.\n",
        }, True, ("4.2 million", "3.8 million")),
        Example("a setting that opens the sentence is not the whole country", {
            "a.md": "---\npublished: 2024-02-11\n---\nIn the capital, 89% of adults used the e-services portal in 2023.\n",
            "b.md": "---\npublished: 2024-02-12\n---\nNationally, 82% of adults used the e-services portal in 2023.\n",
        }, False),
        Example("two museums named with 'of'", {
            "a.md": "---\npublished: 2024-02-11\n---\nThe National Museum of Scotland drew 2.2 million visitors in 2023.\n",
            "b.md": "---\npublished: 2024-02-12\n---\nThe National Museum of Wales drew 1.1 million visitors in 2023.\n",
        }, False),
        Example("a regulator's expectation and the outcome", {
            "a.md": "---\npublished: 2023-06-01\n---\nThe regulator expects 5G coverage to reach 80% of the population in "
                    "2025.\n",
            "b.md": "---\npublished: 2026-02-01\n---\n5G coverage reached 76% of the population in 2025.\n",
        }, False),
        Example("two donors' pledges to one country", {
            "a.md": "---\npublished: 2024-03-01\n---\nThe EU pledged €45m in humanitarian aid for Sudan.\n",
            "b.md": "---\npublished: 2024-03-02\n---\nJapan pledged €30m in humanitarian aid for Sudan.\n",
        }, False),
        Example("one donor's pledges to two countries", {
            "a.md": "---\npublished: 2024-03-01\n---\nThe EU pledged €45m in humanitarian aid for Sudan.\n",
            "b.md": "---\npublished: 2024-03-02\n---\nThe EU pledged €25m in humanitarian aid for Chad.\n",
        }, False),
        Example("shares of GDP spent on different things", {
            "a.md": "---\npublished: 2024-03-01\n---\nVardenia will spend 2.4% of GDP on defence in 2024.\n",
            "b.md": "---\npublished: 2024-03-02\n---\nVardenia will spend 4.1% of GDP on health care in 2024.\n",
        }, False),
        Example("a figure now and a target's year", {
            "a.md": "---\npublished: 2024-02-01\n---\nThe brigade has 3,200 troops and will grow to 4,800 by 2025.\n",
            "b.md": "---\npublished: 2024-02-02\n---\nThe brigade will have 4,800 troops in 2025.\n",
        }, False),
        Example("growth over four years and growth in one year", {
            "a.md": "---\npublished: 2024-03-01\n---\nNet sales rose 112% over four years to R$20.1 billion in 2023.\n",
            "b.md": "---\npublished: 2024-03-02\n---\nNet sales grew 9.8% in 2023 to R$20.1 billion.\n",
        }, False),
        Example("a rise in °C and the same rise in °F", {
            "a.md": "---\npublished: 2023-06-01\n---\nAverage temperatures rose by 1.2°C between 1990 and 2022.\n",
            "b.md": "---\npublished: 2023-06-02\n---\nAverage temperatures rose by 2.2°F between 1990 and 2022.\n",
        }, False),
        Example("a rise in °C and a larger one in °F", {
            "a.md": "---\npublished: 2023-06-01\n---\nAverage temperatures rose by 1.2°C between 1990 and 2022.\n",
            "b.md": "---\npublished: 2023-06-02\n---\nAverage temperatures rose by 4°F between 1990 and 2022.\n",
        }, True, ("1.2°C", "4°F")),
        Example("a reading near freezing, rounded in either scale", {
            "a.md": "---\npublished: 2023-06-01\n---\nThe lake temperature fell to 2°C in January 2023.\n",
            "b.md": "---\npublished: 2023-06-02\n---\nThe lake temperature fell to 36°F in January 2023.\n",
        }, False),
        Example("last year's harvests in stories four years apart", {
            "a.md": "---\npublished: 2019-08-20\n---\nVeldoria's wheat harvest was 3.1 million tonnes last year.\n",
            "b.md": "---\npublished: 2023-09-02\n---\nVeldoria's wheat harvest was 4.2 million tonnes last year.\n",
        }, False),
        Example("areas planted in different years", {
            "a.md": "---\npublished: 2024-02-01\n---\nFarmers planted 640,000 hectares of coffee in 2023.\n",
            "b.md": "---\npublished: 2023-02-01\n---\nFarmers planted 610,000 hectares of coffee in 2022.\n",
        }, False),
        Example("the area of a thing is the same whatever the year", {
            "a.md": "---\npublished: 2024-02-01\n---\nThe Orrin park covers 640 hectares.\n",
            "b.md": "---\npublished: 2020-02-01\n---\nThe Orrin park covers 610 hectares.\n",
        }, True, ("640 hectares", "610 hectares")),
        Example("two companies' market shares", {
            "a.md": "---\npublished: 2024-02-01\n---\nOrbis had a 28% market share in 2023.\n",
            "b.md": "---\npublished: 2024-02-02\n---\nLumen had a 24% market share in 2023.\n",
        }, False),
        Example("a company's revenue and the revenue of a story that names none", {
            "a.md": "---\npublished: 2024-02-01\n---\nOrbis reported revenue of $5.2 billion for 2023.\n",
            "b.md": "---\npublished: 2024-02-02\n---\nRevenue was $4.1 billion in 2023, the company said.\n",
        }, True, ("$5.2 billion", "$4.1 billion")),
        Example("a bare dollar against a named one: a warning", {
            "a.md": "---\npublished: 2024-02-01\n---\nMaple Telecom, Canada's third-largest carrier, reported revenue of "
                    "$9.4 billion in 2023.\n",
            "b.md": "---\npublished: 2024-02-02\n---\nMaple Telecom's revenue was US$7.0 billion in 2023.\n",
        }, True, ("$9.4 billion", "US$7.0 billion")),
        Example("one company's revenue, two figures", {
            "a.md": "---\npublished: 2024-02-01\n---\nOrbis reported revenue of $5.2 billion for 2023.\n",
            "b.md": "---\npublished: 2024-02-02\n---\nOrbis's revenue rose to $4.1 billion in 2023.\n",
        }, True, ("$5.2 billion", "$4.1 billion")),
        Example("spending on two services", {
            "a.md": "---\npublished: 2024-05-07\n---\nSpending on libraries will be £4.2 million in 2024-25.\n",
            "b.md": "---\npublished: 2024-05-08\n---\nSpending on roads will be £9.8 million in 2024-25.\n",
        }, False),
        Example("what will happen, said after the figure, is no account of what happened", {
            "a.md": "---\npublished: 2023-11-01\n---\nSome 4.3 million people will face acute hunger in 2024.\n",
            "b.md": "---\npublished: 2025-01-10\n---\nIn 2024, 3.6 million people faced acute hunger.\n",
        }, False),
        Example("a plan is no account of what was done", {
            "a.md": "---\npublished: 2024-01-10\n---\nThe clinic plans to treat 150 patients in 2024.\n",
            "b.md": "---\npublished: 2025-01-10\n---\nThe clinic treated 120 patients in 2024.\n",
        }, False),
        Example("the arms of a trial are different groups", {
            "a.md": "---\npublished: 2024-03-01\n---\nNausea affected 44% of patients on relinatide.\n",
            "b.md": "---\npublished: 2024-03-02\n---\nIn the placebo group, 17% of patients had nausea.\n",
        }, False),
        Example("one arm of a trial, two figures", {
            "a.md": "---\npublished: 2024-03-01\n---\nNausea affected 44% of patients on relinatide.\n",
            "b.md": "---\npublished: 2024-03-02\n---\nNausea affected 31% of patients taking relinatide.\n",
        }, True, ("44%", "31%")),
        Example("a group that is the sentence's subject is not the whole population", {
            "a.md": "---\npublished: 2024-03-01\n---\nWomen had a diabetes prevalence of 10.2% in 2023.\n",
            "b.md": "---\npublished: 2024-03-02\n---\nMen had a diabetes prevalence of 13.5% in 2023.\n",
            "c.md": "---\npublished: 2024-03-03\n---\nDiabetes prevalence was 12% in 2023.\n",
        }, False),
        Example("a group named after 'among' is not the whole population", {
            "a.md": "---\npublished: 2024-03-01\n---\nAmong women, diabetes prevalence was 10.2% in 2023.\n",
            "b.md": "---\npublished: 2024-03-02\n---\nDiabetes prevalence was 13.5% among men in 2023.\n",
            "c.md": "---\npublished: 2024-03-03\n---\nDiabetes prevalence was 12% in 2023.\n",
        }, False),
        Example("another rate in percent does not outvote the rate in question", {
            "a.md": "---\npublished: 2023-07-27\n---\nIn 2023 Valdoria's benchmark rate rose to 5.25%. Valdoria's "
                    "unemployment rate was 3.6% in 2023.\n",
            "b.md": "---\npublished: 2023-07-28\n---\nIn 2023 Valdoria's key rate rose to 5.5%.\n",
        }, True, ("5.25%", "5.5%")),
        Example("a conflict beside two documents that agree on a differently qualified figure", {
            "a.md": "---\npublished: 2024-02-01\n---\nInstalled wind capacity in Valdoria reached 4.5 GW in 2023.\n",
            "b.md": "---\npublished: 2024-02-02\n---\nInstalled wind capacity in Valdoria was 4.8 GW in 2023. Installed "
                    "solar capacity in Valdoria was 2.8 GW in 2023.\n",
            "c.md": "---\npublished: 2024-02-03\n---\nInstalled solar capacity in Valdoria reached 2.8 GW in 2023.\n",
        }, True, ("4.5 GW", "4.8 GW")),
        Example("rates per 1,000 and per 100,000 on one base (crime statistics)", {
            "a.md": "---\npublished: 2024-03-01\n---\nPolice in Norland recorded 150 knife offences per 100,000 "
                    "population in 2023.\n",
            "b.md": "---\npublished: 2024-03-02\n---\nPolice in Norland recorded 1.2 knife offences per 1,000 "
                    "population in 2023.\n",
        }, True, ("150", "1.2")),
        Example("... that agree", {
            "a.md": "---\npublished: 2024-03-01\n---\nPolice in Norland recorded 84 knife offences per 100,000 "
                    "population in 2023.\n",
            "b.md": "---\npublished: 2024-03-02\n---\nPolice in Norland recorded 0.84 knife offences per 1,000 "
                    "population in 2023.\n",
        }, False),
        Example("a later release that says it revised the figure, without the old one, is a note", {
            "a.md": "---\npublished: 2024-07-15\n---\nTamberia had 412,000 zero-dose children in 2023.\n",
            "b.md": "---\npublished: 2024-09-30\n---\nThe estimate of zero-dose children in Tamberia in 2023 has been "
                    "revised to 486,000.\n",
        }, True, ("412,000", "486,000")),
        Example("... but an earlier one that says so is still an error", {
            "a.md": "---\npublished: 2024-10-15\n---\nTamberia had 412,000 zero-dose children in 2023.\n",
            "b.md": "---\npublished: 2024-09-30\n---\nThe estimate of zero-dose children in Tamberia in 2023 has been "
                    "revised to 486,000.\n",
        }, True, ("412,000", "486,000")),
        Example("peak and average demand are two measures (energy statistics)", {
            "a.md": "---\npublished: 2023-03-22\n---\nPeak electricity demand in Astravia was 33.4 GW in 2022.\n",
            "b.md": "---\npublished: 2023-03-23\n---\nAverage electricity demand in Astravia was 24.2 GW in 2022.\n",
        }, False),
        Example("capacity under construction is not capacity built", {
            "a.md": "---\npublished: 2023-03-22\n---\nAstravia had 14.2 GW of solar capacity at the end of 2022.\n",
            "b.md": "---\npublished: 2023-03-23\n---\nAstravia had 16.8 GW of solar capacity under construction at the "
                    "end of 2022.\n",
        }, False),
        Example("zero-dose children are not all children (immunisation reports)", {
            "a.md": "---\npublished: 2024-09-30\n---\nTamberia had 486,000 zero-dose children in 2023.\n",
            "b.md": "---\npublished: 2024-08-12\n---\nIn 2023 we vaccinated 31,000 children in Tamberia.\n",
        }, False),
        Example("a price per kWh and per MWh are one price (energy tariffs)", {
            "a.md": "---\npublished: 2023-03-22\n---\nThe household tariff in Astravia was $0.27 per kWh in 2023.\n",
            "b.md": "---\npublished: 2023-03-23\n---\nThe household tariff in Astravia was US$310 per MWh in 2023.\n",
        }, True, ("$0.27", "US$310")),
        Example("... that agree", {
            "a.md": "---\npublished: 2023-03-22\n---\nThe household tariff in Astravia was 31 US cents per kilowatt-hour "
                    "in 2023.\n",
            "b.md": "---\npublished: 2023-03-23\n---\nThe household tariff in Astravia was US$310 per MWh in 2023.\n",
        }, False),
        Example("two indicators named by their codes", {
            "a.md": "---\npublished: 2024-02-20\n---\nIn Tamberia MCV1 coverage was 64% in 2023.\n",
            "b.md": "---\npublished: 2024-05-10\n---\nIn Tamberia DTP3 coverage was 71% in 2023.\n",
        }, False),
        Example("the rates of two fifths of households (household surveys)", {
            "a.md": "---\npublished: 2024-09-30\n---\nIn Tamberia DTP3 coverage was 93% among the richest fifth of "
                    "households in 2023 and 68% among the poorest fifth.\n",
            "b.md": "---\npublished: 2024-08-12\n---\nIn Tamberia DTP3 coverage was 68% among the poorest fifth in 2023.\n",
        }, False),
        Example("an unnamed province's rate is not the country's", {
            "a.md": "---\ntitle: Tamberia immunisation update\npublished: 2024-08-12\n---\nIn 2023 DTP3 coverage in "
                    "the province was 71%, compared with 84% nationally.\n",
            "b.md": "---\ntitle: Tamberia coverage release\npublished: 2024-09-30\n---\nIn 2023 DTP3 coverage in "
                    "Tamberia was 84%.\n",
        }, False),
        Example("two indicators named by their initials (health statistics)", {
            "a.md": "---\npublished: 2024-07-15\n---\nThe infant mortality rate (IMR) in Norland was 31 per 1,000 live "
                    "births in 2023.\n",
            "b.md": "---\npublished: 2024-08-15\n---\nThe under-five mortality rate (U5MR) in Norland was 42 per 1,000 "
                    "live births in 2023.\n",
        }, False),
        Example("a sentence that gives both figures measures two things (energy news)", {
            "a.md": "---\npublished: 2023-03-22\n---\nIn the Northern Province, about 870,000 households were "
                    "disconnected in 2023, out of roughly 1.9 million households in the province.\n",
            "b.md": "---\npublished: 2023-04-05\n---\nIn 2023 the Northern Province had roughly 1.9 million "
                    "households.\n",
        }, False),
        Example("households that pay a tariff are not households hit by a blackout (energy news)", {
            "a.md": "---\npublished: 2023-03-22\n---\nIn Astravia, 1.2 million households were affected by the "
                    "blackout in 2023.\n",
            "b.md": "---\npublished: 2023-05-02\n---\nIn Astravia, around 6.1 million households pay the regulated "
                    "tariff in 2023.\n",
        }, False),
        Example("people killed in one kind of crash are not all deaths (road safety)", {
            "a.md": "---\npublished: 2022-09-29\n---\nIn Norland, between 220 and 250 people were killed in "
                    "drink-drive crashes in 2021.\n",
            "b.md": "---\npublished: 2023-09-28\n---\nIn Norland there were 1,558 deaths in 2021.\n",
        }, False),
        Example("a subgroup after 'from' (asylum statistics)", {
            "a.md": "---\npublished: 2024-01-08\n---\nIn 2023 Norland registered 4,150 first-time applications from "
                    "unaccompanied minors.\n",
            "b.md": "---\npublished: 2024-02-28\n---\nIn 2023 Norland registered 334,000 first-time applications.\n",
        }, False),
        Example("a share of the population names what it measures (telecoms statistics)", {
            "a.md": "---\npublished: 2024-03-15\n---\nIn Kenya internet penetration reached 61.4% of the population in "
                    "2023.\n",
            "b.md": "---\npublished: 2024-05-06\n---\nIn Kenya mobile money accounts were held by 48% of the population "
                    "in 2023.\n",
        }, False),
        Example("... and matches the measure said plainly", {
            "a.md": "---\npublished: 2024-03-15\n---\nIn Kenya internet penetration reached 61.4% of the population in "
                    "2023.\n",
            "b.md": "---\npublished: 2024-05-06\n---\nIn Kenya internet penetration stood at 57.8% in 2023.\n",
        }, True, ("61.4%", "57.8%")),
        Example("production and output are one measure (crop reports)", {
            "a.md": "---\npublished: 2021-03-15\n---\nWheat production in Marvena was 4.2 million tonnes in 2020.\n",
            "b.md": "---\npublished: 2021-03-20\n---\nWheat output in Marvena reached 4.8 million tonnes in 2020.\n",
        }, True, ("4.2 million tonnes", "4.8 million tonnes")),
        Example("an adverb opening a sentence is no name (crop reports)", {
            "a.md": "---\npublished: 2021-03-15\n---\nOverall, wheat production in Marvena was 4.2 million tonnes in "
                    "2020.\n",
            "b.md": "---\npublished: 2021-03-20\n---\nMeanwhile, wheat production in Marvena was 4.8 million tonnes in "
                    "2020.\n",
        }, True, ("4.2 million tonnes", "4.8 million tonnes")),
        Example("quantities under headings of two years (mining reports)", {
            "a.md": "---\npublished: 2024-02-22\n---\n## Production in 2023\n\nKestrel's gold production was 1.24 "
                    "million ounces.\n",
            "b.md": "---\npublished: 2023-02-20\n---\n## Production in 2022\n\nKestrel's gold production was 1.18 "
                    "million ounces.\n",
        }, False),
        Example("what 'the province' did is not the country's (forest reports)", {
            "a.md": "---\npublished: 2023-06-02\n---\nRuvania's ministry issued 1,240 fines in 2022.\n",
            "b.md": "---\npublished: 2023-04-20\n---\nClearing slowed in the east of Ruvania.\n\nThe province issued 410 "
                    "fines in 2022.\n",
        }, False),
        Example("attacks on a group are a part of all attacks (cyber-incident reports)", {
            "a.md": "---\npublished: 2024-02-15\n---\nThe agency recorded 612 ransomware attacks in 2023.\n",
            "b.md": "---\npublished: 2024-04-10\n---\nIn 2023 local government bodies were hit by 150 ransomware "
                    "attacks.\n",
        }, False),
        Example("a subgroup that opens a list item is the figure's entity (cyber-incident reports)", {
            "a.md": "---\npublished: 2024-02-15\n---\nThe agency recorded 612 ransomware attacks in 2023.\n",
            "b.md": "---\npublished: 2024-04-10\n---\n- Local government bodies were hit by 150 ransomware attacks in "
                    "2023.\n",
        }, False),
        Example("a figure with no place, in a document whose title names two places as one area (crime statistics)", {
            "a.md": "---\ntitle: Fraud and computer misuse in England and Wales, year ending March 2024\npublished: "
                    "2024-07-25\n---\nThe survey estimated 3.2 million fraud incidents in England and Wales in the year "
                    "ending March 2024. Police recorded 1,012,000 fraud offences in the year ending March 2024.\n",
            "b.md": "---\npublished: 2024-07-26\n---\nPolice recorded 1.2 million fraud offences in England and Wales in the "
                    "year to March 2024.\n",
        }, True, ("1,012,000", "1.2 million")),
        Example("a later release that says, in a sentence of its own, that the figure was revised is a note (cinema "
                "statistics)", {
            "a.md": "---\npublished: 2023-02-15\n---\nPreliminary data show admissions of 768 million in 2022.\n",
            "b.md": "---\npublished: 2024-03-12\n---\nAdmissions reached 780 million in 2022. The 2022 figure has been "
                    "revised to 780 million from the preliminary estimate of 768 million.\n",
        }, True, ("768 million", "780 million")),
        Example("... but not one that revises another figure", {
            "a.md": "---\npublished: 2023-02-15\n---\nAdmissions reached 768 million in 2022.\n",
            "b.md": "---\npublished: 2024-03-12\n---\nAdmissions reached 805 million in 2022. The 2021 figure has been "
                    "revised to 640 million from the preliminary estimate of 612 million.\n",
        }, True, ("768 million", "805 million")),
        Example("a dissent beside a figure of its own kind in the same document (outbreak news)", {
            "a.md": "---\npublished: 2024-07-15\n---\nIn Tamberia, 9,800 confirmed measles cases were reported in "
                    "2023.\n",
            "b.md": "---\npublished: 2024-02-20\n---\nIn Tamberia, 9,800 confirmed measles cases were reported in "
                    "2023.\n",
            "c.md": "---\npublished: 2024-03-05\n---\nIn Tamberia, 12,400 confirmed measles cases were reported in "
                    "2023.\n\nDoctors in the north reported 3,100 confirmed measles cases in 2023.\n",
        }, True, ("9,800", "12,400")),
        Example("one model's figure is a part of the market's (car-market news)", {
            "a.md": "---\npublished: 2024-01-05\n---\nThe Volkswagen ID.3 had 26,630 registrations in Germany in "
                    "2023.\n",
            "b.md": "---\npublished: 2024-01-18\n---\nGermany recorded 524,219 registrations in 2023.\n",
        }, False),
        Example("... and one event's of the year's (insurance reports)", {
            "a.md": "---\npublished: 2024-03-26\n---\nInsured losses from natural catastrophes reached USD 108 billion "
                    "in 2023.\n",
            "b.md": "---\npublished: 2024-01-24\n---\nHurricane Marisol caused insured losses of USD 15.1 billion in "
                    "2023.\n",
        }, False),
        Example("an unplaced figure in a report on a group of countries is not one country's (car-market news)", {
            "a.md": "---\npublished: 2024-01-05\n---\nNew car registrations in Germany rose 7.3% in 2023. "
                    "Battery-electric cars had a market share of 18.4% in 2023.\n",
            "b.md": "---\npublished: 2024-01-18\n---\nNew car registrations in the EU rose 13.9% in 2023. "
                    "Battery-electric cars had a market share of 14.6% in 2023.\n",
        }, False),
        Example("a port named as 'the Port of X' and as X (port statistics)", {
            "a.md": "---\npublished: 2024-02-15\n---\nThe Port of Rotterdam handled 13.4 million TEU in 2023.\n",
            "b.md": "---\npublished: 2024-02-20\n---\nRotterdam handled 13.9 million TEU in 2023.\n",
        }, True, ("13.4 million", "13.9 million")),
        Example("points that are things counted (transport statistics)", {
            "a.md": "---\npublished: 2024-01-08\n---\nGermany had 105,000 public charging points at the end of 2023.\n",
            "b.md": "---\npublished: 2024-02-12\n---\nGermany had 120,000 public charging points at the end of 2023.\n",
        }, True, ("105,000", "120,000")),
        Example("... not points scored", {
            "a.md": "---\npublished: 2024-01-08\n---\nIn 2023 Rovers scored 71 points.\n",
            "b.md": "---\npublished: 2024-02-12\n---\nIn 2023 the index rose 312 points.\n",
        }, False),
        Example("days on which a limit was exceeded (air-quality reports)", {
            "a.md": "---\npublished: 2021-05-04\n---\nIn Halvergate the daily PM10 limit was exceeded on 47 days in "
                    "2020.\n",
            "b.md": "---\npublished: 2021-06-10\n---\nIn Halvergate the daily PM10 limit was exceeded on 63 days in "
                    "2020.\n",
        }, True, ("47", "63")),
        Example("... are not days on which it rained", {
            "a.md": "---\npublished: 2021-05-04\n---\nIn Halvergate the daily PM10 limit was exceeded on 47 days in "
                    "2020.\n",
            "b.md": "---\npublished: 2021-06-10\n---\nIn Halvergate rain fell on 131 days in 2020.\n",
        }, False),
        Example("profit before tax and pre-tax profit are one measure (results releases)", {
            "a.md": "---\npublished: 2024-04-18\n---\nProfit before tax was £312 million in 2023.\n",
            "b.md": "---\npublished: 2024-04-19\n---\nPre-tax profit was £290 million in 2023.\n",
        }, True, ("£312 million", "£290 million")),
        Example("... and neither is the tax", {
            "a.md": "---\npublished: 2024-04-18\n---\nProfit before tax was £312 million in 2023.\n",
            "b.md": "---\npublished: 2024-04-19\n---\nTax was £95 million in 2023.\n",
        }, False),
        Example("a league named with 'The' and an apposition is not another league (sports news)", {
            "a.md": "---\npublished: 2024-08-20\n---\nThe Championship, the second tier, recorded attendance of 9.1 "
                    "million in 2023/24.\n",
            "b.md": "---\npublished: 2024-08-22\n---\nPremier Division attendance reached a record 13.9 million last "
                    "season.\n",
        }, False),
        Example("... while last season is the season just ended", {
            "a.md": "---\npublished: 2024-08-20\n---\nAttendance across the Premier Division reached 14.6 million in "
                    "2023/24.\n",
            "b.md": "---\npublished: 2024-08-22\n---\nPremier Division attendance reached a record 13.9 million last "
                    "season.\n",
        }, True, ("14.6 million", "13.9 million")),
        Example("households that applied in the province are not households in need (drought reports)", {
            "a.md": "---\npublished: 2021-03-20\n---\nIn the Eastern Province in 2021, around 60,000 farm households in "
                    "the province have applied for emergency support.\n",
            "b.md": "---\npublished: 2021-06-01\n---\nIn the Eastern Province, at least 95,000 households still need "
                    "assistance in 2021.\n",
        }, False),
        Example("households that applied are not households in need (drought reports)", {
            "a.md": "---\npublished: 2021-03-20\n---\nIn 2021, around 60,000 farm households in the Eastern Province "
                    "have applied for emergency support.\n",
            "b.md": "---\npublished: 2021-06-01\n---\nIn the Eastern Province, at least 95,000 households still need "
                    "assistance in 2021.\n",
        }, False),
        Example("patients who began treatment are not patients seen (hospital statistics)", {
            "a.md": "---\npublished: 2021-06-15\n---\nIn Westmere, 76.4% of patients began treatment within 62 days "
                    "in 2020/21.\n",
            "b.md": "---\npublished: 2021-05-20\n---\nIn Westmere, 78.5% of patients were seen within four hours in "
                    "2020/21.\n",
        }, False),
        Example("a part past its relative clause (prison statistics)", {
            "a.md": "---\npublished: 2024-02-15\n---\nIn Norland, remand prisoners accounted for 23% of the prison "
                    "population in 2023.\n",
            "b.md": "---\npublished: 2024-02-16\n---\nIn Norland, remand prisoners, who have not yet been convicted, "
                    "made up 26% of the prison population in 2023.\n",
        }, True, ("23%", "26%")),
        Example("an age band after the verb (child labour surveys)", {
            "a.md": "---\npublished: 2020-06-12\n---\nIn Marovia in 2019, 1.05 million children in child labour were aged "
                    "5-11.\n",
            "b.md": "---\npublished: 2021-06-10\n---\nIn Marovia in 2019, 1.84 million children were in child labour.\n",
        }, False),
        Example("people who died are deaths (prison inspections)", {
            "a.md": "---\npublished: 2024-02-15\n---\nThere were 14 deaths in custody in Norland in 2023.\n",
            "b.md": "---\npublished: 2024-06-20\n---\nIn 2023, 16 people died in custody in Norland.\n",
        }, True, ("14", "16")),
        Example("counts of two surveillance weeks are two periods (outbreak reports)", {
            "a.md": "---\npublished: 2022-07-01\n---\nIn epidemiological week 23 of 2022, 1,204 cholera cases were "
                    "reported in Valdoria.\n",
            "b.md": "---\npublished: 2022-07-08\n---\nIn epidemiological week 24 of 2022, 900 cholera cases were "
                    "reported in Valdoria.\n",
        }, False),
        Example("a rate \"for every\" 100,000 people is on the same base (news)", {
            "a.md": "---\npublished: 2024-03-01\n---\nThe murder rate in Norland was 12.4 per 100,000 people in 2023.\n",
            "b.md": "---\npublished: 2024-03-02\n---\nThe murder rate in Norland was 18 for every 100,000 people in "
                    "2023.\n",
        }, True, ("12.4", "18")),
        Example("a figure a later release says it revised is a note, not an error (statistics releases)", {
            "a.md": "---\npublished: 2024-02-15\n---\nNorland received 14.2 million international arrivals in 2023.\n",
            "b.md": "---\npublished: 2024-05-10\n---\nInternational arrivals in Norland in 2023 were revised to 14.5 "
                    "million, from the provisional 14.2 million published in February.\n",
        }, True, ("14.2 million", "14.5 million")),
        Example("what someone urges is no figure of what is (trafficking news)", {
            "a.md": "---\npublished: 2019-02-14\n---\nIn 2019 Norland's anti-trafficking budget is 182 million pesos.\n",
            "b.md": "---\npublished: 2019-05-02\n---\nThe coalition urged Congress to raise Norland's anti-trafficking "
                    "budget to at least 300 million pesos in 2019.\n",
        }, False),
        Example("'people' counts with different things said of them (labour, food security)", {
            "a.md": "---\npublished: 2024-04-12\n---\nAround 2.1 million people were inactive in 2024.\n",
            "b.md": "---\npublished: 2024-04-13\n---\nMore than 12.6 million people are now in work in 2024.\n",
        }, False),
        Example("... and the same thing said of them", {
            "a.md": "---\npublished: 2024-04-12\n---\nAbout 40,000 people were displaced by the flood in 2024.\n",
            "b.md": "---\npublished: 2024-04-13\n---\nSome 65,000 people were displaced by the flood in 2024.\n",
        }, True, ("40,000", "65,000")),
        Example("shares of one group with different things said of them (health surveys)", {
            "a.md": "---\npublished: 2023-06-01\n---\nIn 2022, 28% of adults in Norland were living with obesity.\n",
            "b.md": "---\npublished: 2023-02-01\n---\nIn 2022, 31% of adults in Norland ate five portions of fruit "
                    "a day.\n",
        }, False),
        Example("... and the same thing said in two tenses", {
            "a.md": "---\npublished: 2023-06-01\n---\nIn 2022, 28% of adults in Norland were living with obesity.\n",
            "b.md": "---\npublished: 2023-02-01\n---\nIn 2022, 31% of adults in Norland lived with obesity.\n",
        }, True, ("28%", "31%")),
        Example("a named town's rate beside one for all, in a document that never names the town (recycling)", {
            "a.md": "---\npublished: 2023-07-02\n---\nEastholm's return rate was 78% in 2022.\n",
            "b.md": "---\npublished: 2023-05-08\n---\nThe return rate was 90% in 2022.\n",
        }, False),
        Example("... but a company's own release that names it is its account", {
            "a.md": "---\npublished: 2023-07-02\n---\nOrbis's revenue was $5.2 billion in 2022.\n",
            "b.md": "---\ntitle: Orbis annual results\npublished: 2023-05-08\n---\nRevenue was $5.6 billion in 2022.\n",
        }, True, ("$5.2 billion", "$5.6 billion")),
        Example("full-time and part-time pay gaps are two measures (pay statistics)", {
            "a.md": "---\npublished: 2023-11-01\n---\nThe full-time gender pay gap was 7.7% in April 2023.\n",
            "b.md": "---\npublished: 2023-11-02\n---\nThe part-time gender pay gap was 3.3% in April 2023.\n",
        }, False),
        Example("... and so are public and private sector gaps", {
            "a.md": "---\npublished: 2023-11-01\n---\nThe public sector gender pay gap was 11.0% in April 2023.\n",
            "b.md": "---\npublished: 2023-11-02\n---\nThe private sector gender pay gap was 15.9% in April 2023.\n",
        }, False),
        Example("spending per adult and per resident (health spending)", {
            "a.md": "---\npublished: 2023-03-14\n---\nIn 2022, Northmoor spent £214 per adult on mental health.\n",
            "b.md": "---\npublished: 2023-09-12\n---\nIn 2022, Northmoor spent £240 per resident on mental health.\n",
        }, False),
        Example("... but per head and per person are one", {
            "a.md": "---\npublished: 2023-03-14\n---\nIn 2022, Northmoor spent £214 per head on mental health.\n",
            "b.md": "---\npublished: 2023-09-12\n---\nIn 2022, Northmoor spent £240 per person on mental health.\n",
        }, True, ("£214", "£240")),
        Example("the median age of men is not everyone's (census reports)", {
            "a.md": "---\npublished: 2023-03-15\n---\nIn 2022, the median age of men was 27.2 years.\n",
            "b.md": "---\npublished: 2023-09-01\n---\nIn 2022, the median age was 27.9 years.\n",
        }, False),
        Example("pay of two groups of employees", {
            "a.md": "---\npublished: 2023-11-01\n---\nThe median hourly pay of full-time employees was £18.64 in April "
                    "2023.\n",
            "b.md": "---\npublished: 2023-11-02\n---\nThe median hourly pay of part-time employees was £13.03 in April "
                    "2023.\n",
        }, False),
        Example("... and of one group, past an aside", {
            "a.md": "---\npublished: 2023-11-01\n---\nMedian hourly earnings, excluding overtime, for full-time "
                    "employees were £18.64 in April 2023.\n",
            "b.md": "---\npublished: 2024-03-07\n---\nMedian hourly earnings for full-time employees were £18.84 in "
                    "April 2023.\n",
        }, True, ("£18.64", "£18.84")),
        Example("an actor narrowed by a compound adjective counts a subgroup's (venture capital)", {
            "a.md": "---\npublished: 2024-02-15\n---\nFemale-founded startups closed 61 deals in 2023.\n",
            "b.md": "---\npublished: 2024-01-18\n---\nStartups closed 70 deals in 2023.\n",
        }, False),
        Example("a project's figure with and without its possessive (infrastructure)", {
            "a.md": "---\npublished: 2022-03-10\n---\nThe Northern Arc's budget is £14.2 billion.\n",
            "b.md": "---\npublished: 2022-06-15\n---\nThe Northern Arc budget is £16.8 billion.\n",
        }, True, ("£14.2 billion", "£16.8 billion")),
        Example("what someone said a project would do is a forecast, as 'will' is (infrastructure)", {
            "a.md": "---\npublished: 2022-03-10\n---\nConstruction of the Northern Arc will support 12,000 jobs at its "
                    "peak in 2026.\n",
            "b.md": "---\npublished: 2022-06-15\n---\nShe said construction of the Northern Arc would support 8,500 jobs "
                    "at its peak in 2026.\n",
        }, True, ("12,000", "8,500")),
        Example("an interim dividend is some of the year's (results releases)", {
            "a.md": "---\npublished: 2024-10-17\n---\nHalf-year profit was £40 million. Interim dividend of 4.5p per "
                    "share.\n",
            "b.md": "---\npublished: 2024-04-18\n---\nThe dividend was lifted to 8.4p per share in 2024, paid in £.\n",
        }, False),
        Example("two funding rounds named by their letters (venture capital)", {
            "a.md": "---\npublished: 2021-03-12\n---\nVoltaic Labs raised a $65 million Series A in 2021.\n",
            "b.md": "---\npublished: 2021-11-20\n---\nVoltaic Labs raised an $80 million Series B in 2021.\n",
        }, False),
        Example("rates among different populations (malaria incidence)", {
            "a.md": "---\npublished: 2023-04-25\n---\nIn 2022, malaria incidence in Zambara was 182 cases per 1,000 "
                    "children under five.\n",
            "b.md": "---\npublished: 2023-05-02\n---\nIn 2022, malaria incidence in Zambara was 171 cases per 1,000 "
                    "population at risk.\n",
        }, False),
        Example("... and in one population, named two ways", {
            "a.md": "---\npublished: 2023-04-25\n---\nIn 2022, malaria incidence in Zambara was 182 cases per 1,000 "
                    "people.\n",
            "b.md": "---\npublished: 2023-05-02\n---\nIn 2022, malaria incidence in Zambara was 171 cases per 1,000 "
                    "population.\n",
        }, True, ("182 cases per 1,000", "171 cases per 1,000")),
        Example("a region told by its adjective is no country (malaria surveillance)", {
            "a.md": "---\npublished: 2023-04-25\n---\nZambara recorded 4.2 million malaria cases in 2022.\n",
            "b.md": "---\npublished: 2023-05-02\n---\nThe northern region recorded 1.6 million malaria cases in 2022.\n",
        }, False),
        Example("... nor one named in an apposition", {
            "a.md": "---\npublished: 2023-04-25\n---\nZambara recorded 4.2 million malaria cases in 2022.\n",
            "b.md": "---\npublished: 2023-05-02\n---\nThe worst-hit region, Ruvala, recorded 1.6 million malaria cases "
                    "in 2022.\n",
        }, False),
        Example("a participle after a count narrows nothing away (crime statistics)", {
            "a.md": "---\npublished: 2024-01-25\n---\nThere were 50,510 offences involving a knife recorded by the police "
                    "in 2023.\n",
            "b.md": "---\npublished: 2024-01-27\n---\nNationally, 47,300 knife offences were recorded in 2023.\n",
        }, True, ("50,510", "47,300")),
        Example("an adjective after a share's group is no predicate (health surveys)", {
            "a.md": "---\npublished: 2022-11-15\n---\nIn 2022, 27.4% of adults in Norland were living with obesity.\n",
            "b.md": "---\npublished: 2022-11-16\n---\nObesity has climbed, with 29.1% of adults in Norland obese in "
                    "2022.\n",
        }, True, ("27.4%", "29.1%")),
        Example("a park or an ecosystem that is the sentence's subject counts its own (wildlife surveys)", {
            "a.md": "---\npublished: 2022-06-01\n---\nKenya counted 36,280 elephants in 2021.\n",
            "b.md": "---\npublished: 2022-07-01\n---\nIn Kenya, the Tsavo ecosystem held 14,964 elephants in 2021.\n",
        }, False),
        Example("two species' populations counted in animals (wildlife surveys)", {
            "a.md": "---\npublished: 2023-02-14\n---\nThe leopard population in Russia stood at 121 animals in 2022.\n",
            "b.md": "---\npublished: 2023-03-02\n---\nThe tiger population in Russia stood at 750 animals in 2022.\n",
        }, False),
        Example("a participle after the counted noun (wildlife crime)", {
            "a.md": "---\npublished: 2023-04-20\n---\nKenya recorded 6 poached rhinos in 2022.\n",
            "b.md": "---\npublished: 2023-07-01\n---\nThe number of rhinos poached in Kenya was 4 in 2022.\n",
        }, True, ("6", "4")),
        Example("shares of children in two kinds of poverty (child poverty statistics)", {
            "a.md": "---\npublished: 2024-03-22\n---\nIn 2023, 30% of children lived in relative poverty.\n",
            "b.md": "---\npublished: 2024-04-22\n---\nIn 2023, 9% of children lived in persistent poverty.\n",
        }, False),
        Example("... before and after housing costs", {
            "a.md": "---\npublished: 2024-03-22\n---\nIn 2023, 30% of children were in poverty after housing costs.\n",
            "b.md": "---\npublished: 2024-04-22\n---\nIn 2023, 22% of children were in poverty before housing costs.\n",
        }, False),
        Example("children living with a lone parent are a subgroup", {
            "a.md": "---\npublished: 2024-03-21\n---\nIn 2023, 44% of children living with a lone parent were in "
                    "poverty.\n",
            "b.md": "---\npublished: 2024-03-22\n---\nIn 2023, 30% of children were in poverty.\n",
        }, False),
        Example("paid to families and received by them say the same", {
            "a.md": "---\npublished: 2024-02-13\n---\nChild Benefit was paid to 6.9 million families in August 2023.\n",
            "b.md": "---\npublished: 2024-04-10\n---\nIn August 2023, 7.4 million families received Child Benefit.\n",
        }, True, ("6.9 million", "7.4 million")),
        Example("what is said of some of a group, beside the whole (pay statistics)", {
            "a.md": "---\npublished: 2023-11-22\n---\nAbout 2.7 million workers earn the minimum wage in 2023.\n",
            "b.md": "---\npublished: 2024-01-16\n---\nThe number of payrolled workers was 30.2 million in 2023.\n",
        }, False),
        Example("two things said of one group (pay statistics)", {
            "a.md": "---\npublished: 2023-11-22\n---\nIn 2023, about 2.7 million workers earn the minimum wage.\n",
            "b.md": "---\npublished: 2023-10-25\n---\nIn 2023, 460,000 workers are employed by accredited employers.\n",
        }, False),
        Example("a share of GDP that restates an amount is not the deficit's (fiscal reports)", {
            "a.md": "---\npublished: 2021-04-15\n---\nPandemic support measures cost EUR 7.3 billion in 2020, about 4.3% "
                    "of GDP.\n",
            "b.md": "---\npublished: 2021-05-10\n---\nThe general government deficit widened to 6.8 percent of GDP in "
                    "2020.\n",
        }, False),
        Example("mobile and fixed download speeds (telecoms)", {
            "a.md": "---\npublished: 2023-02-02\n---\nOn fixed broadband, the median download speed was 12.3 Mbps in "
                    "2022.\n",
            "b.md": "---\npublished: 2023-07-21\n---\nThe median mobile download speed in 2022 was 27.1 Mbps.\n",
        }, False),
        Example("medicines and drugs are one thing (drug prices)", {
            "a.md": "---\npublished: 2024-01-20\n---\nManufacturers raised the list prices of 1,425 medicines in the "
                    "United States in January 2024.\n",
            "b.md": "---\npublished: 2024-09-10\n---\nManufacturers raised list prices on 1,247 drugs in the United "
                    "States in January 2024.\n",
        }, True, ("1,425", "1,247")),
        Example("verbs that count the same cases (malaria surveillance)", {
            "a.md": "---\npublished: 2023-04-25\n---\nZambara recorded 4.2 million malaria cases in 2022.\n",
            "b.md": "---\npublished: 2023-05-02\n---\nZambara logged 4.6 million malaria cases in 2022.\n",
        }, True, ("4.2 million", "4.6 million")),
        Example("verbs that conclude the same deals (venture capital)", {
            "a.md": "---\npublished: 2024-01-05\n---\nInvestors in Nordvale completed 612 deals in 2023.\n",
            "b.md": "---\npublished: 2024-02-20\n---\nInvestors in Nordvale closed 587 deals in 2023.\n",
        }, True, ("612", "587")),
        Example("verbs that shed the same jobs (layoff trackers)", {
            "a.md": "---\npublished: 2024-01-05\n---\nNordvale startups cut 8,400 jobs in 2023.\n",
            "b.md": "---\npublished: 2024-02-20\n---\nNordvale startups eliminated 9,800 jobs in 2023.\n",
        }, True, ("8,400", "9,800")),
        Example("cases confirmed by a laboratory are some of the cases reported (outbreak reports)", {
            "a.md": "---\npublished: 2023-04-16\n---\nAs of 16 April 2023, 612 cases had been laboratory-confirmed.\n",
            "b.md": "---\npublished: 2023-04-17\n---\nAs of 16 April 2023, 4,812 cases had been reported.\n",
        }, False),
        Example("a rate for a group is not the rate for all (labour market releases)", {
            "a.md": "---\npublished: 2024-04-12\n---\nThe unemployment rate for women was 4.9% in March 2024.\n",
            "b.md": "---\npublished: 2024-04-13\n---\nThe unemployment rate was 5.2% in March 2024.\n",
        }, False),
        Example("... and so is a rate 'for women' before or after it (gun violence, life expectancy)", {
            "a.md": "---\npublished: 2024-03-12\n---\nThe firearm death rate was 14.7 per 100,000 in 2021.\n",
            "b.md": "---\npublished: 2023-09-05\n---\nFor women, the firearm death rate was 4.1 per 100,000 in 2021. "
                    "Life expectancy at birth was 84.3 years for women in 2021.\n",
            "c.md": "---\npublished: 2023-09-06\n---\nLife expectancy at birth was 81.9 years in 2021.\n",
        }, False),
        Example("a figure a later release says was 'previously published as' is a note (museum statistics)", {
            "a.md": "---\npublished: 2023-03-15\n---\nNational museums recorded 10.8 million visits in 2022.\n",
            "b.md": "---\npublished: 2024-03-12\n---\nNational museums recorded 14.2 million visits in 2023, up from 11.0 "
                    "million in 2022. The 2022 figure, previously published as 10.8 million, has been revised to 11.0 "
                    "million.\n",
        }, True, ("10.8 million", "11.0 million")),
        Example("the level a change started from is of the people named before (homelessness counts)", {
            "a.md": "---\npublished: 2024-05-08\n---\nThe 2024 count found 5,104 people experiencing homelessness in "
                    "Brennport, up 6% from 4,812 in 2023.\n",
            "b.md": "---\npublished: 2023-05-10\n---\nIn 2023 there were 612 families with children in Brennport, "
                    "comprising 1,874 people.\n",
        }, False),
        Example("urban areas against the whole country (maternal health)", {
            "a.md": "---\npublished: 2022-07-20\n---\nIn urban areas 91% of births were attended by skilled personnel in "
                    "2021.\n",
            "b.md": "---\npublished: 2022-11-08\n---\nIn 2021, 74% of births in Malawi were attended by skilled "
                    "personnel.\n",
        }, False),
        Example("... the setting after the figure", {
            "a.md": "---\npublished: 2022-07-20\n---\nSkilled birth attendance reached 91% in urban areas in 2021.\n",
            "b.md": "---\npublished: 2022-11-08\n---\nSkilled birth attendance reached 74% in 2021.\n",
        }, False),
        Example("a ratio stated with what it counts, and without (maternal health)", {
            "a.md": "---\npublished: 2021-05-04\n---\nThe maternal mortality ratio stood at 287 deaths per 100,000 live "
                    "births in 2020.\n",
            "b.md": "---\npublished: 2021-09-15\n---\nThe maternal mortality ratio was 312 per 100,000 live births in "
                    "2020.\n",
        }, True, ("287 deaths per 100,000", "312 per 100,000")),
        Example("a force's rate against a release about England and Wales that names the force too (police)", {
            "a.md": "---\npublished: 2023-10-26\n---\nNorthvale Constabulary had an arrest rate of 17% in 2022/23.\n",
            "b.md": "---\npublished: 2023-11-15\n---\nPolice in England and Wales conducted 528,420 searches in 2022/23. "
                    "The arrest rate was 14% in 2022/23.\n\nNorthvale Constabulary conducted 12,840 searches in 2022/23. "
                    "In January 2023, Northvale officers conducted 1,020 searches.\n",
        }, False),
        Example("the year in a law's name is no year of a figure (police statistics)", {
            "a.md": "---\npublished: 2023-10-26\n---\nIn the year ending March 2023, police carried out 4,900 searches "
                    "under section 60 of the Public Order Act 1994.\n",
            "b.md": "---\npublished: 2022-10-27\n---\nIn the year ending March 2022, police carried out 5,850 searches "
                    "under section 60 of the Public Order Act 1994.\n",
        }, False),
        Example("people living with two conditions (social care)", {
            "a.md": "---\npublished: 2024-06-02\n---\nIn 2023, 38,000 people were living with dementia in Northshire.\n",
            "b.md": "---\npublished: 2024-07-02\n---\nIn 2023, 9,500 people were living with a learning disability in "
                    "Northshire.\n",
        }, False),
        Example("borrowers still in default are some of the borrowers (student loans)", {
            "a.md": "---\npublished: 2023-08-10\n---\nDirect Loans were held by 37.8 million borrowers.\n",
            "b.md": "---\npublished: 2023-09-15\n---\nSome 7.5 million borrowers were already in default.\n",
        }, False),
        Example("a provider's beds against its area's (social care)", {
            "a.md": "---\npublished: 2024-02-20\n---\nNorthshire had 6,420 care home beds in 2023.\n",
            "b.md": "---\npublished: 2024-06-02\n---\nOakfield Care had 412 care home beds in Northshire in 2023.\n",
        }, False),
        Example("a group's threshold against an average (social care)", {
            "a.md": "---\npublished: 2024-11-21\n---\nAround 1.5 million carers provide more than 50 hours of care a week.\n",
            "b.md": "---\npublished: 2024-11-21\n---\nCarers provide an average of 36 hours of care a week.\n",
        }, False),
        Example("routes cut and routes axed (bus services)", {
            "a.md": "---\npublished: 2024-05-02\n---\nSince 2019, 47 bus routes have been cut in West Harrowfield.\n",
            "b.md": "---\npublished: 2024-03-13\n---\nSince 2019, 31 bus routes have been axed in West Harrowfield.\n",
        }, True, ("47", "31")),
        Example("FTE spelled out (police workforce)", {
            "a.md": "---\npublished: 2023-07-26\n---\nNorthvale Constabulary had 3,412 FTE officers on 31 March 2023.\n",
            "b.md": "---\npublished: 2023-09-14\n---\nNorthvale Constabulary had 3,198 full-time equivalent officers on 31 "
                    "March 2023.\n",
        }, True, ("3,412", "3,198")),
        Example("lengths that name two measures (cancer survival)", {
            "a.md": "---\npublished: 2023-11-14\n---\nFive-year survival for bowel cancer was 58% in 2019.\n",
            "b.md": "---\npublished: 2024-03-01\n---\nTen-year survival for bowel cancer was 52% in 2019.\n",
        }, False),
        Example("patients waiting for two kinds of transplant (transplant statistics)", {
            "a.md": "---\npublished: 2023-09-14\n---\nAt the end of 2022, 5,340 patients were waiting for a kidney "
                    "transplant.\n",
            "b.md": "---\npublished: 2023-06-01\n---\nAt the end of 2022, 690 patients were waiting for a liver "
                    "transplant.\n",
        }, False),
        Example("newborn deaths are neonatal deaths (maternal health)", {
            "a.md": "---\npublished: 2022-03-01\n---\nThere were 12,400 newborn deaths in Malawi in 2021.\n",
            "b.md": "---\npublished: 2022-11-08\n---\nIn 2021, 14,100 neonatal deaths were recorded in Malawi.\n",
        }, True, ("12,400", "14,100")),
        Example("... a ratio and a rate of other deaths", {
            "a.md": "---\npublished: 2021-05-04\n---\nThe maternal mortality ratio stood at 287 deaths per 100,000 live "
                    "births in 2020.\n",
            "b.md": "---\npublished: 2021-09-15\n---\nThe neonatal mortality rate was 22 deaths per 1,000 live births in "
                    "2020.\n",
        }, False),
        Example("two sectors named as the sentence's setting (court and labour statistics)", {
            "a.md": "---\npublished: 2023-03-30\n---\nIn the public sector, the vacancy rate was 8% in 2022.\n",
            "b.md": "---\npublished: 2023-04-05\n---\nIn the private sector, the vacancy rate was 5% in 2022.\n",
        }, False),
        Example("two age bands of one group (vaccination coverage)", {
            "a.md": "---\npublished: 2022-10-05\n---\nIn 2022 vaccination coverage was 72% among adults aged 65 and "
                    "older.\n",
            "b.md": "---\npublished: 2022-10-06\n---\nIn 2022 vaccination coverage was 81% among adults aged 75 and "
                    "older.\n",
        }, False),
        Example("paying visitors are some of the visitors (museum attendance)", {
            "a.md": "---\npublished: 2024-03-26\n---\nThe Royal Museum of Art drew 3.4 million visitors in 2023.\n",
            "b.md": "---\npublished: 2024-04-30\n---\nThe Royal Museum of Art drew 2.1 million paying visitors in "
                    "2023.\n",
        }, False),
        Example("two answers of one group to a survey (business surveys)", {
            "a.md": "---\npublished: 2024-09-12\n---\nIn 2024, 44% of firms in Estavia said they lacked the skills to use "
                    "AI.\n",
            "b.md": "---\npublished: 2024-09-13\n---\nIn 2024, 29% of firms in Estavia said they were unsure of the "
                    "legal position.\n",
        }, False),
        Example("businesses and firms counted (business surveys)", {
            "a.md": "---\npublished: 2024-09-12\n---\nIn 2024, 13.6% of businesses in Estavia used AI.\n",
            "b.md": "---\npublished: 2024-09-13\n---\nIn 2024, 16.3% of firms in Estavia used AI.\n",
        }, True, ("13.6%", "16.3%")),
        Example("a body by its initials and by its full name (fraud reports)", {
            "a.md": "---\npublished: 2024-03-12\n---\nThe IFRO received 58,420 scam reports in 2023.\n",
            "b.md": "---\npublished: 2024-04-20\n---\nThe Irish Fraud Reporting Office received 61,200 scam reports in "
                    "2023.\n",
        }, True, ("58,420", "61,200")),
        Example("a sentence that opens with 'The rate' names no rate (gun violence statistics)", {
            "a.md": "---\npublished: 2023-11-15\n---\nThe suicide rate was 17.1 per 100,000 in 2021.\n",
            "b.md": "---\npublished: 2023-09-05\n---\nHomicides fell in 2021. The rate was 7.8 per 100,000 in 2021.\n",
        }, False),
        Example("... but the rate for a place is the place's", {
            "a.md": "---\npublished: 2024-04-12\n---\nThe unemployment rate for Norland was 4.9% in March 2024.\n",
            "b.md": "---\npublished: 2024-04-13\n---\nNorland's unemployment rate was 5.2% in March 2024.\n",
        }, True, ("4.9%", "5.2%")),
        Example("a figure the dissent allows is not set against it, whatever the majority says", {
            "a.md": "---\npublished: 2023-04-02\n---\nAt Mbeli school, 97 pupils squeeze into one classroom.\n\nThe "
                    "feeding programme now serves about 2.3 million pupils a hot lunch.\n",
            "b.md": "---\npublished: 2023-09-05\n---\nSome classes have more than 90 pupils.\n",
            "c.md": "---\npublished: 2023-03-15\n---\nThe feeding programme reaches 2.3 million pupils.\n",
        }, False),
        Example("those who did not do something are some of them (beekeeping news)", {
            "a.md": "---\npublished: 2024-06-01\n---\nThe Federation says 1,300 of its members did not renew this year.\n",
            "b.md": "---\npublished: 2024-06-02\n---\nThe Bee Trust has about 6,000 members.\n",
        }, False),
        Example("one of a thing for so many of another is no count of them (beekeeping news)", {
            "a.md": "---\npublished: 2024-06-01\n---\nThere are 41,250 registered beekeepers.\n",
            "b.md": "---\npublished: 2024-06-02\n---\nThere are just 14 inspectors, one for every 2,900 beekeepers.\n",
        }, False),
        Example("a group defined by how many each keeps (beekeeping news)", {
            "a.md": "---\npublished: 2024-06-01\n---\nOnly about 1,100 keep more than 150 colonies.\n",
            "b.md": "---\npublished: 2024-06-02\n---\nOf the 140 colonies he took into the winter, 46 died.\n",
        }, False),
        Example("a table's total over the years its rows are (resettlement statistics)", {
            "a.md": "---\npublished: 2024-03-01\n---\n| Year | Arrivals |\n|---|---|\n| 2022 | 3,900 |\n| 2023 | 4,820 |\n"
                    "| Total | 8,720 |\n",
            "b.md": "---\npublished: 2025-03-01\n---\nArrivals reached 5,900 in 2024.\n",
        }, False),
        Example("different things counted are not a conflict", {
            "a.md": "---\npublished: 2011-01-01\n---\nIn 2010 the ministry gave awards to 21 companies in Norland.\n",
            "b.md": "---\npublished: 2011-01-01\n---\nIn 2010 the leaflets were translated into 14 languages in Norland.\n",
        }, False),
        Example("a named route's count and the network's (ferry news)", {
            "a.md": "---\npublished: 2024-03-01\n---\nSkerrick Ferries cancelled 4,812 sailings in 2023.\n",
            "b.md": "---\npublished: 2024-03-02\n---\nIn 2023, 611 sailings were cancelled on the Inchmurra route.\n",
        }, False),
        Example("those a cause accounts for and all of them (ferry news)", {
            "a.md": "---\npublished: 2024-03-01\n---\nSkerrick Ferries cancelled 4,812 sailings in 2023.\n",
            "b.md": "---\npublished: 2024-03-02\n---\nSkerrick Ferries cancelled 1,829 sailings in 2023 because of bad "
                    "weather.\n",
        }, False),
        Example("those who answered a survey (resettlement reports)", {
            "a.md": "---\npublished: 2024-03-01\n---\nIn 2023, 410 refugees were welcomed by 96 sponsor groups.\n",
            "b.md": "---\npublished: 2024-03-02\n---\nOf the 64 sponsor groups that responded to our 2023 survey, 81% "
                    "said they would sponsor again.\n",
        }, False),
        Example("the medians of two groups (resettlement reports)", {
            "a.md": "---\npublished: 2024-03-01\n---\nIn 2023, emergency cases were processed in a median of six "
                    "weeks.\n",
            "b.md": "---\npublished: 2024-03-02\n---\nIn 2023, ordinary cases waited a median of 11 months.\n",
        }, False),
        Example("a city council's report and a neighbouring city's figure (active travel reports)", {
            "a.md": "---\npublisher: Marrowfield City Council\npublished: 2024-03-14\n---\nCycling in Marrowfield grew in "
                    "2023. Residents made 312,000 cycle trips a day in 2023.\n",
            "b.md": "---\npublished: 2024-01-30\n---\nIn Dunhollow, residents made 96,000 cycle trips a day in 2023.\n",
        }, False),
        Example("a sum over several cities and one city's figure, on its roads (road safety news)", {
            "a.md": "---\npublished: 2024-04-02\n---\nSome 146 cyclists were killed or seriously injured on Marrowfield's "
                    "roads in 2023.\n",
            "b.md": "---\npublished: 2024-01-30\n---\nPolice data show 312 cyclists killed or seriously injured across the "
                    "three cities in 2023.\n",
        }, False),
        Example("a count of two kinds of thing and a count of one (food bank reports)", {
            "a.md": "---\npublished: 2024-06-12\n---\nThe charity's network has 412 food banks.\n",
            "b.md": "---\npublished: 2024-06-20\n---\nThe grant supported around 2,300 food banks and community food "
                    "projects.\n",
        }, False),
        Example("a country named once to compare, in a story about another's parts (food bank reports)", {
            "a.md": "---\npublished: 2024-06-12\n---\nIn the UK, the Larder Trust supported 455,000 children in 2023.\n",
            "b.md": "---\npublished: 2024-06-20\n---\nDemand rose in Scotland, in London and in Wales. The Larder Trust "
                    "supported some 520,000 children in 2023. By comparison, Ireland's school meals scheme is small.\n",
        }, True, ("455,000", "some 520,000")),
        Example("a local service's report and a brief on the same place (fire service reports)", {
            "a.md": "---\npublisher: Marrowfield Fire and Rescue Service\npublished: 2024-07-10\n---\nWe protect the city of "
                    "Marrowfield. At 31 March 2024 the service employed 612 wholetime firefighters.\n",
            "b.md": "---\ntitle: Station closures in Marrowfield\npublished: 2024-10-02\n---\nAs of March 2024, the fire "
                    "service had 574 wholetime firefighters. Eleven people died in fires in Marrowfield in "
                    "2023-24.\n",
        }, True, ("612", "574")),
        Example("a figure, then fewer than another year's (fire statistics)", {
            "a.md": "---\npublished: 2023-08-24\n---\nThere were 291 fire-related deaths in England in 2022.\n",
            "b.md": "---\npublished: 2024-08-22\n---\nThere were 262 fire-related deaths in England, 10% fewer than the 291 "
                    "in 2022.\n",
        }, False),
        Example("campaign names with a number word (fire service reports)", {
            "a.md": "---\npublished: 2024-05-10\n---\nIn 2024 the service launched its \"Home by Ten\" campaign.\n",
            "b.md": "---\npublished: 2024-07-10\n---\nIn 2024 we launched a new \"Ready in Five\" campaign.\n",
        }, False),
        Example("a national figure in a brief on a town, and the town's (fire service reports)", {
            "a.md": "---\ntitle: Annual report\npublished: 2024-07-10\n---\nNine people died in fires in Marrowfield in "
                    "2023-24.\n",
            "b.md": "---\ntitle: Station closures in Marrowfield\npublished: 2024-10-02\n---\nEleven people died in fires "
                    "in Marrowfield in 2023-24. Nationally, 262 people died in fires in the same year.\n",
        }, True, ("Nine", "Eleven")),
        Example("a place in a relative clause after the figure (resettlement news)", {
            "a.md": "---\npublished: 2024-03-01\n---\nA total of 4,820 refugees arrived in Finland under the scheme in "
                    "2023.\n",
            "b.md": "---\npublished: 2024-03-02\n---\nIn Finland, 5,310 refugees arrived in 2023 under the scheme, which "
                    "gives refugees a safe route to Europe.\n",
        }, True, ("4,820", "5,310")),
        Example("a subject past an aside before its verb (resettlement reports)", {
            "a.md": "---\npublished: 2024-03-01\n---\nThe median processing time in 2023, measured from referral to "
                    "arrival, was 11 months.\n",
            "b.md": "---\npublished: 2024-03-02\n---\nThe median processing time in 2023 was 14 months.\n",
        }, True, ("11 months", "14 months")),
        Example("what a place is compared with is not its place (active travel reports)", {
            "a.md": "---\npublished: 2024-03-14\n---\nIn Marrowfield, residents made 312,000 cycle trips a day in 2023.\n",
            "b.md": "---\npublished: 2024-04-02\n---\nMarrowfield's residents made about 270,000 cycle trips a day in "
                    "2023, among the highest of any English city outside London.\n",
        }, True, ("312,000", "about 270,000")),
        Example("a share as a ratio in words is rounded (energy news)", {
            "a.md": "---\npublished: 2024-06-05\n---\nThe smart meter programme has reached 58% of homes in Norvale.\n",
            "b.md": "---\npublished: 2024-09-03\n---\nSmart meters are fitted in six in ten homes in Norvale.\n",
        }, False),
        Example("... but not past its rounding", {
            "a.md": "---\npublished: 2024-06-05\n---\nThe smart meter programme has reached 48% of homes in Norvale.\n",
            "b.md": "---\npublished: 2024-09-03\n---\nSmart meters are fitted in six in ten homes in Norvale.\n",
        }, True, ("48%", "six in ten")),
        Example("what someone should do is no level (energy news)", {
            "a.md": "---\npublished: 2024-06-05\n---\nCustomers who lose supply for more than 24 hours are entitled to a "
                    "guaranteed payment of €85.\n",
            "b.md": "---\npublished: 2024-09-03\n---\nThe regulator should raise the guaranteed payment to at least "
                    "€150.\n",
        }, False),
        Example("megalitres a day in the water industry's short form (water company reports)", {
            "a.md": "---\npublished: 2024-07-01\n---\nCarrow Water's leakage was 212 megalitres a day in 2023-24.\n",
            "b.md": "---\npublished: 2024-07-02\n---\nCarrow Water's leakage was 236 Ml/d in 2023-24.\n",
        }, True, ("212 megalitres a day", "236 Ml/d")),
        Example("shares of one group by what is said of them (physical activity statistics)", {
            "a.md": "---\npublished: 2024-05-20\n---\nIn 2023, 44.8% of children aged 5 to 16 in Carrowland met the "
                    "activity guideline.\n",
            "b.md": "---\npublished: 2024-07-02\n---\nIn 2023, just over half of children (52%) in Carrowland said they "
                    "were members of a sports club.\n",
        }, False),
    ]

    def run(self, aligned: Alignment, config: AuditConfig) -> Iterable[Finding]:
        rounding = config.tolerances.rounding
        reported: set[tuple[str, ...]] = set()
        self._texts: Optional[dict[str, str]] = None  # (each document's sentences, read when first needed)
        for group in aligned.measure_groups:
            claims = [aligned.claims[i] for i in group]
            # Rates per different periods are the rate-period check's business.
            if len({c.per for c in claims}) > 1:
                continue
            for block in (b for part in _by_part(claims) for m in _by_modifiers(part) for b in _by_basis(m)):
                for finding in self._block_findings(aligned, block, rounding):
                    key = tuple(sorted(e.id for e in finding.claims))
                    if key not in reported:  # (a share that names no part is in every part's block)
                        reported.add(key)
                        yield finding

    def _block_findings(self, aligned: Alignment, claims: list[Claim], rounding: float) -> Iterable[Finding]:
        spans = {id(c): interval(c, rounding) for c in claims}
        if {c.change for c in claims} >= {"up", "down"}:
            # "GDP grew 0.3%" and "GDP contracted 0.3%": a rise and a fall of one size are no one figure
            spans = {id(c): (-spans[id(c)][1], -spans[id(c)][0]) if c.change == "down" else spans[id(c)]
                     for c in claims}
        # "Okonkwo, 24," in January and "Okonkwo, 25," in November: a birthday between the two stories; ages are
        # compared by when each says the person was born (and reported in years)
        compared = {id(c): _birth_span(c) for c in claims} if all(_is_age_now(c) for c in claims) else spans
        # Where no two documents agree ("100 buses", "110 buses", "30 buses"), the "majority" is one document
        # among equals, and the others disagree among themselves too: each round takes the majority of those
        # left, until one document or none is left.
        while len({c.source for c in claims}) > 1:
            majority, dissent = majority_and_dissent(
                claims, lambda c: compared[id(c)][0], lambda c: compared[id(c)][1], lambda c: c.source
            )
            unanswered: list[Claim] = []  # dissents that no figure of the majority measures as they do
            for source, dissenting in dissent.items():
                if any(c.source == source and c.sentence == d.sentence for c in majority for d in dissenting):
                    # The dissenting sentence gives the majority's figure too: its other figure measures something
                    # else ("870,000 households were disconnected, out of 1.9 million households in the province")
                    continue
                # Across documents only: inside one document, two figures for one subject are
                # nearly always two subsets ("from US $6.0 million to US $1.2 million").
                def against(c: Claim, d: Claim) -> bool:
                    return (predicates_compatible(c, d) and subjects_compatible(c, d)
                            and not one_is_a_subgroup(c, d) and parts_compatible(c, d)
                            and kinds_compatible(c, d) and not narrower_and_smaller(c, d)
                            and not two_forecasters(c, d)
                            and entities_compatible(c, d) and same_scope_scale(c, d)
                            and same_day_if_days(c, d) and not self._named_where_unknown(aligned, c, d)
                            # (a figure of the majority that the dissent allows is no evidence against it:
                            # "more than 90 pupils" and "97 pupils" agree, whatever "2.3 million" says)
                            and not overlaps(compared[id(c)], compared[id(d)]))

                # (a dissenting figure that is a part of what the majority counts, "Doctors there reported 3,100
                # cases" beside the national "12,400" and "9,800", is left out of the dissent)
                parts = [d for d in dissenting
                         if all(c.source == source or narrower_and_smaller(c, d) for c in majority)]
                if parts and len(parts) < len(dissenting):
                    dissenting = [d for d in dissenting if d not in parts]
                others = [c for c in majority if c.source != source and all(against(c, d) for d in dissenting)]
                if others:
                    yield self._finding(aligned, others, dissenting, spans)
                else:
                    unanswered.extend(dissenting)
            if len({c.source for c in majority}) > 1:
                # A real majority: each dissent is reported against it once. Dissents it says nothing about
                # ("410,000 people remain displaced" and "387,000 ...", against two documents' "48,000 people were
                # injured") are weighed against each other.
                claims = unanswered
                continue
            claims = [c for dissenting in dissent.values() for c in dissenting]
            if claims and period_key(claims[0]) in ("unknown", "any"):
                break  # figures with no time at all are weak evidence: the main dissent is enough
    def _named_where_unknown(self, aligned: Alignment, a: Claim, b: Claim) -> bool:
        """Whether one figure is a named owner's ("Eastholm's return rate was 78%") and the other names none, in a
        document that never names that owner ("The return rate was 90%"): a town's, a firm's or a body's figure
        beside one for all, not two accounts of one. (A company's own release that says "Revenue rose" names the
        company somewhere, and is compared.)"""
        for named, unnamed in ((a, b), (b, a)):
            if named.entity and not unnamed.entity and unnamed.part is None and named.kind != "money" \
                    and (named.subject_head or "").lower() not in OWNED_MEASURES \
                    and regex.search(rf"\b{regex.escape(named.entity)}['’]s\s", named.sentence):
                if self._texts is None:
                    texts: dict[str, list[str]] = defaultdict(list)
                    for c in aligned.claims:
                        if not texts[c.source] or texts[c.source][-1] != c.sentence:
                            texts[c.source].append(c.sentence)
                    for source, info in aligned.documents.items():
                        texts[source].append(info.title or "")
                    self._texts = {source: "\n".join(sentences) for source, sentences in texts.items()}
                word = named.entity.split()[0]
                if not regex.search(rf"\b{regex.escape(word)}\b", self._texts.get(unnamed.source, "")):
                    return True
        return False

    def _finding(self, aligned: Alignment, majority: list[Claim], dissenting: list[Claim], spans) -> Finding:
        first = dissenting[0]
        majority_docs = sorted({name(c) for c in majority})
        subject = first.subject or first.subject_head or "this"
        # (one line per document and figure: a document may say "29" of two things that both agree)
        shown: list[Claim] = []
        for c in majority:
            if all((c.source, c.value) != (d.source, d.value) for d in shown):
                shown.append(c)
        mixed = {c.change for c in [*majority, *dissenting]} >= {"up", "down"}

        def says(c: Claim) -> str:  # ("says “0.3%” (a fall)", where a rise and a fall of one figure meet)
            return said(aligned, c) + ({"up": " (a rise)", "down": " (a fall)"}.get(c.change or "", "") if mixed else "")

        others = "; ".join(says(c) for c in shown[:4])
        if len(majority_docs) > 1:
            lead = f"{len(majority_docs)} documents agree on {subject} ({others}), but "
        else:
            lead = f"{others}, but "
        if first.part and first.part != "part":
            subject = f"{subject} ({first.part})"  # which part of the whole: "trafficking victims (woman)"
        message = lead + says(first) + f" about {subject}" + (
            f" for {first.period}" if first.period else "") + ": the two cannot both be true."
        low, high = spans[id(first)]
        m_low = min(spans[id(c)][0] for c in majority)
        m_high = max(spans[id(c)][1] for c in majority)
        numbers = {  # (to 9 significant digits: float noise such as 37.710499999999996 helps no reader)
            "dissent_low": None if low == float("-inf") else _shown(low),
            "dissent_high": None if high == float("inf") else _shown(high),
            "majority_low": None if m_low == float("-inf") else _shown(m_low),
            "majority_high": None if m_high == float("inf") else _shown(m_high),
        }
        if first.kind in ("quantity", "duration") and first.unit:
            # Compared in base units (seconds, metres); shown in the dissenting claim's unit: "44 year", not
            # "1388534400.0"
            try:
                base = units.base_unit(first.unit)
                numbers = {k: None if v is None else _shown(units.convert(v, base, first.unit))
                           for k, v in numbers.items()}
                numbers["unit"] = first.unit
            except Exception:  # a unit pint cannot convert back: keep the base units
                pass
        # A bare "$" is read as US dollars for lack of a better guess: where one side's currency is only that guess
        # and the other's is named, the figures may be in two currencies ("$9.4 billion" Canadian against
        # "US$7.0 billion"), so the finding is a warning that says so, not an error.
        severity = None
        assumed = [c for c in dissenting + majority if c.kind == "money" and c.currency_assumed]
        if assumed and len(assumed) < len(dissenting) + len(majority):
            severity = "warning"
            message += (f" (The currency of {quote(assumed[0])} is assumed to be {assumed[0].unit}; the figures may "
                        f"be in two currencies.)")
        revision = _revision(aligned, majority, dissenting, spans) or _revision(aligned, dissenting, majority, spans)
        replaced = _stated_revision(aligned, majority, dissenting) if revision is None else None
        if revision is not None:
            # "revised to 14.5 million, from the provisional 14.2 million": the other document gives the figure
            # the revision replaced; worth knowing, not a contradiction
            severity = "info"
            message = message.replace(": the two cannot both be true.",
                                      f": {name(revision)} line {revision.line} says it revised the figure to "
                                      f"{quote(revision)}, so the other is the figure it replaced.")
        elif replaced is not None:
            # ("The 2022 figure, previously published as 10.8 million, has been revised to 11.0 million")
            severity = "info"
            message = message.replace(": the two cannot both be true.",
                                      f": {name(replaced)} line {replaced.line} says {quote(replaced)} was revised, "
                                      f"so it is the figure the other replaced.")
        return self.finding(message, [(c, "dissent") for c in dissenting] + [(c, "majority") for c in majority],
                            numbers, severity=severity)
