"""parts-whole: the parts listed after a total do not add up to it.

Flags:
    A count, amount of money or quantity followed by a colon (or "funded by", "split
    between", "made up of"...) and a list of figures of the same kind and unit ("In 2017, 236 road deaths were recorded: 131 pedestrians, 58
    cyclists, 41 motorcyclists and 12 drivers"; "147 victims were identified: Guatemalan
    (123); Honduran (10); ..."; "Funding totalled $48 million: $30 million from donors and
    $15 million from the government") whose sum differs from the total; and a listing that
    may leave parts out ("Of the 240 posts being cut, 90 ... and 70 ...", "..., of which", "412 stores,
    including 230 in Sweden, ...", "The budget includes ...", or "Of that, ..." after the sentence that
    gives the total) whose sum is more than the total. A subset inside a
    part ("310 were affordable, including 120 for social rent") is not added again, nor are
    parts by two measures at once ("21 were men and 14 were killed with a knife"), and a
    count of the items listed ("across three provinces:") is not the total. A bulleted list
    under a lead-in sentence that ends in a colon ("The fund raised £2.4 million, split
    between three programmes:" over "- £1.1 million for grants;") reads as that sentence's listing.
Why it matters:
    Breakdowns are copied from tables, and a dropped or mistyped row silently changes
    the story's proportions.
Example:
    236 = 131 + 58 + 41 + 12 is false (the parts add up to 242).
"""

from __future__ import annotations

from itertools import chain
from typing import Iterable, Optional

import regex

from ..align import Alignment
from ..align.events import position_in_sentence
from ..align.keys import half_last_nonzero_digit, is_rate_in_a_population, names_a_kind
from ..config import AuditConfig
from ..extract.context import LIST_MARK, singular
from ..extract.prefilter import DIGIT
from ..models import Finding
from .base import Check, Example, fmt, name, quote


# "... or ...", "either": the listing offers alternatives.
_ALTERNATIVES = regex.compile(r"\bor\b|\beither\b", regex.IGNORECASE)

# Kinds whose values add up (a rate or a percentage of different wholes does not).
_ADDABLE_KINDS = ("count", "money", "quantity")


# Verbs that open a breakdown of the figure before them, as a colon does.
# A sentence that opens with its whole: "Of the 6.8 million patients on the list," (up to its first comma).
# ("Of Brightwell's 4,200 staff,", "Of 4,200 staff,": an owner's or a bare whole too)
# (a Markdown list item's marker may come first: "- Of those, ...")
_ITEM_MARK = r"\s*" + LIST_MARK
_OF_THE_WHOLE_FIRST = regex.compile(_ITEM_MARK + r"Of\s+(?:(?:the|these|those|its|their|all)\s+|[A-Z][\w'’-]*['’]s\s+)?[^,;:]*?\d[^,;:]*,")
_LISTING_VERB = regex.compile(
    r"\b(?:(?:funded|financed|paid\s+for|covered|met)\s+by|(?:split|divided|shared)\s+(?:between|among|into)|"
    r"broken\s+down\s+(?:into|as)|made\s+up\s+of|composed\s+of|comprising|comprise|comprises|consisting\s+of|"
    r"consist\s+of|consists\s+of|consisted\s+of|comprised(?!\s+of)|was\s+comprised\s+of|were\s+comprised\s+of)\b",
    regex.IGNORECASE)


_INCLUDING = regex.compile(r",?\s+\b(?:including|among\s+them|of\s+which|of\s+whom|includes|included|include|"
                           # ("412 million tonnes, with dry bulk at 120 million tonnes, liquid bulk at 38 million ...")
                           r"with(?=\s+(?:[\w-]+\s+){1,3}(?:at|on|accounting\s+for|making\s+up)\s))\b",
                           regex.IGNORECASE)
# Where a listing ends: a clause of its own after it, opened by a conjunction and a word that is no number.
_LISTING_ENDS = regex.compile(r",\s+(?:and|but|while|whereas|which|who)\s+(?!\d|(?:about|around|some|nearly|almost|over|"
                              r"more|less|fewer|just|another|a\s+further|the|a|an|one|two|three|four|five|six|seven|"
                              r"eight|nine|ten|[A-Z])\b)[a-z]")
# A label right before its figure: "tickets| €5 million", "and donations| €2 million".
_LABEL_THEN_FIGURE = regex.compile(r"(?:,\s+(?:and\s+)?|:\s+|\bof\s+)[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+"
                                   r"(?:[$€£¥₹]|[A-Z]{3}\s?)?$")
# (or a change's base: "an increase of 19% on the| 666 million recorded in 2022")
_COMPARED_BEFORE = regex.compile(r"(?:\b(?:from|than|compared\s+(?:with|to)|against|versus)|%\s+(?:on|over))\s+(?:the\s+)?"
                                 r"(?:about\s+|around\s+)?$",
                                 regex.IGNORECASE)
# An earlier year's figure in brackets after the year: "England 6.0 million |(2022: |5.5 million)".
_PRIOR_YEAR_BEFORE = regex.compile(r"\(\s*(?:FY\s*)?(?:19|20)\d\d(?:[/–-]\d{2,4})?\s*:\s*[^()]*$")
# A sentence that breaks down the figure the sentence before ends with: "Of that, €40 million goes to ...".
# ("Of the area burned,": the whole named again; "It comprises ...", "It was split between ...": the whole as the
# subject of a verb of composition)
_OF_THAT_OPENER = regex.compile(_ITEM_MARK + r"By\s+(?:[a-z]+\s+)?[a-z]+\s*:"  # ("By district:" over a list of them)
                                r"|" + _ITEM_MARK + r"Of\s+(?:that|this|it|them|(?:these|those)(?:\s+[a-z]+){0,2}|"
                                r"this\s+(?:amount|sum|total)|the(?:\s+(?-i:[a-z])[\w-]*){1,3})\s*,"
                                # ("By region, they were distributed as follows:", "That amount comprised:")
                                # ("The programme will be allocated as follows:": the whole's noun again)
                                r"|" + _ITEM_MARK + r"(?:By\s+[a-z]+(?:\s+[a-z]+)?,\s+)?(?:It|This|That|They|These|Those|"
                                # ("Our network is made up of ...": the whole the writer owns, named again)
                                r"(?:Our|Its|Their)\s+(?-i:[a-z])[\w-]*(?=\s+(?:comprises|comprised|consists|consisted|"
                                r"(?:is|was|are|were)\s+made\s+up))|"
                                r"The\s+total|The(?=\s+(?:programme|program|fund|grant|budget|money|investment|package|"
                                r"funding|allocation|spending)\b))"
                                r"(?:\s+(?:amount|sum|money|total|funding|budget|grant|figure|spending|programme|program|"
                                r"fund|investment|package|allocation))?\s+"
                                r"(?:comprises|comprised|comprise|consists\s+of|consisted\s+of|consist\s+of|"
                                r"(?:is|was|are|were)\s+made\s+up\s+of|"
                                r"(?:is|was|are|were|will\s+be|is\s+being|are\s+being|has\s+been|have\s+been)\s+"
                                r"(?:split|divided|broken\s+down|allocated|distributed|shared|spent)\s+"
                                r"(?:between|among|into|across|as\s+follows))(?:\s|:)", regex.IGNORECASE)
# The last part of a listing as what the others leave: "and other income", "the rest", "the remainder".
_RESIDUAL_PART = regex.compile(r"\b(?:other|the\s+rest|the\s+remainder|the\s+remaining|all\s+others)\b(?![^,;]*\bthan\b)",
                               regex.IGNORECASE)
# ... or after it: "and €0.26 million| from other sources" (not "30| other stores", some more of them).
_RESIDUAL_AFTER = regex.compile(r"\s+(?:[a-z]+\s+)?(?:from|for|in|on|to|by)\s+(?:all\s+)?(?:other|the\s+rest)\b",
                                regex.IGNORECASE)
_OF_OPENER = regex.compile(_ITEM_MARK + r"Of\s", regex.IGNORECASE)
_NAMED_WHOLE_OPENER = regex.compile(_ITEM_MARK + r"Of\s+the\s+(?!(?:total|sum|money|budget)\b)(?-i:[a-z])",
                                    regex.IGNORECASE)
# A subset of one of the parts, inside the listing: "310 were affordable, including 120 for social rent".
_NESTED_BEFORE = regex.compile(r"\b(?:including|of\s+which|of\s+whom|among\s+them)\s+(?:\w+\s+){0,2}$",
                               regex.IGNORECASE)


# How a part's label follows it: a preposition ("3,100 of| juveniles", "12,000 for| violent offences"), or "were"
# and a participle ("14 were killed") or another word ("21 were men").
_LABEL_AFTER = regex.compile(r"\s+(?:(?:(?:were|are|was|is)\s+)?(?P<preposition>of|for|in|from|at|on|with|by|under|over|aged)\b"
                             r"|(?:were|are|was|is)\s+(?P<word>[a-z]+)(?:\s+(?P<next>[a-z]+))?)")


def _label_form(sentence: str, claim) -> Optional[str]:
    """The form of the label after a part: its preposition, "participle" or "word" after "were", or None. Parts
    of one breakdown by two measures at once mix "of" (who: "of juveniles") with "for" (why: "for drug
    offences"), or a group ("21 were men") with what happened ("14 were killed")."""
    at = position_in_sentence(claim) + len(" ".join(claim.text.split()))
    m = _LABEL_AFTER.match(sentence, at)
    if m is None:
        return None
    if m.group("preposition"):
        return m.group("preposition").lower()
    word, after = m.group("word"), m.group("next")
    # ("330 were qualified therapists": an adjective before a plural noun names who they are)
    adjective = after is not None and after.endswith("s") and after not in ("was", "is", "as", "thus")
    if word in _WHAT_HAPPENED or word.endswith(("ed", "en")) and word not in ("women", "children", "men") \
            and not adjective:
        return "participle"
    return "word"


# Irregular participles and states that say what happened to people, not who they are: "812 were found alive".
_WHAT_HAPPENED = frozenset("found held kept lost sent left brought caught made paid sold told bought built hurt put set "
                           "shot spent alive dead missing".split())


# Words that split people by one measure each. Parts named by two measures overlap ("290 were female and 160
# were minors": girls are both; "700 women and 800 from regional offices"); "women", "men", "girls" and "boys"
# name cells of sex and age together, which split a whole with "children" or "adults" ("198 women, 71 children
# and 63 men").
_DIMENSIONS = {
    "sex": frozenset("female females male males".split()),
    "age": frozenset("minors minor children child adults adult juveniles juvenile elderly teenagers juniors".split()),
    "person": frozenset("women woman men man girls girl boys boy".split()),
    "origin": frozenset("foreign foreigners nationals citizens migrants refugees local locals domestic".split()),
}
_OVERLAPPING = ({"sex", "age"}, {"sex", "person"})
_PART_WORDS = regex.compile(r"\s+(?:(?:were|are|was|is)\s+)?(?:(?P<from>from)\s+|(?P<aged>aged)\s+)?(?:the\s+)?"
                            r"(?!(?:in|at|on|for|of|with|by|under|over|into|to)\b)(?P<words>[a-z]+(?:\s+[a-z]+)?)?")


def _dimension(sentence: str, claim) -> Optional[str]:
    """Which measure a part's words split people by ("sex" for "290 were female", "origin" for "800 from regional
    offices"), or None."""
    at = position_in_sentence(claim) + len(" ".join(claim.text.split()))
    m = _PART_WORDS.match(sentence, at)
    if m is None:
        return None
    if m.group("from"):
        return "origin"
    if m.group("aged"):
        return "age"
    words = set((m.group("words") or "").lower().split())
    for measure, vocabulary in _DIMENSIONS.items():
        if words & vocabulary:
            return measure
    return None


# Steps of one process that each case may pass through in turn: "1,120 were investigated, 418 went to trial and
# 196 ended in a conviction" counts some cases two or three times. (Outcomes that exclude each other, "convicted"
# and "acquitted", are parts.)
_STAGE = regex.compile(r"\b(?:investigated|charged|indicted|prosecuted|(?:went|brought|sent|referred|came)\s+to\s+"
                       r"(?:trial|court)|tried|reached\s+(?:trial|court)|ended\s+in\s+(?:a\s+)?convictions?|"
                       r"convicted|sentenced|arrested|detained|reported|registered|opened)\b", regex.IGNORECASE)


def _stages(sentence: str, parts: list) -> int:
    """How many parts are steps of one process, from the words between each part and the next."""
    found = set()
    for part, following in zip(parts, [*parts[1:], None]):
        at = position_in_sentence(part) + len(" ".join(part.text.split()))
        end = position_in_sentence(following) if following is not None else min(len(sentence), at + 40)
        m = _STAGE.search(sentence, at, end)
        if m is not None:
            found.add(m.group().lower().split()[-1])
    return len(found)


def _by_two_measures(sentence: str, parts: list) -> bool:
    """Counts of people split by two measures at once, whose parts overlap: sex and age ("female", "minors"),
    where they come from and anything else ("700 women and 800 from regional offices"), or steps of one
    process."""
    if any(p.kind != "count" for p in parts):
        return False
    dimensions = {_dimension(sentence, p) for p in parts} - {None}
    if any(pair <= dimensions for pair in _OVERLAPPING) or "origin" in dimensions and len(dimensions) > 1:
        return True
    return _stages(sentence, parts) >= 2


# A figure that is the difference of the figures listed after it: net migration, a surplus, a balance.
_DIFFERENCE = regex.compile(r"\b(?:net|surplus|surpluses|deficit|deficits|balance|natural\s+change|natural\s+increase|"
                            r"difference|gap)\b", regex.IGNORECASE)


def _of_the_wholes_kind(whole, parts: list) -> list:
    """The parts that count what the whole counts, where some name it again: "214 clubs, including 120 community
    clubs and 57 university clubs, and 12,600 members" lists clubs, then members, which are no clubs. (Where none
    names it, "236 deaths: 131 pedestrians, 58 cyclists", the parts' own nouns say which part.)"""
    head = _head(whole)
    if head is not None and whole.kind == "count" and _names_its_noun_after(whole) \
            and any(_head(p) == head and not _names_its_noun_after(p) for p in parts):
        # "85 new ambulances, of which 20 will be four-wheel-drive vehicles, and the recruitment of 300 additional
        # paramedics": a part that takes the whole's noun is one of them; a count that names other things after it
        # is not
        parts = [p for p in parts if _head(p) in (head, None) or not _names_its_noun_after(p)]
    # (two at least: in "The budget of €412 million is allocated as follows: €190 million for projects, €140
    # million for buildings", the first part only takes the whole's noun from its clause; and each naming it after
    # itself: "€6.1 billion for the nuclear island, €3.4 billion for the turbine island and €1.7 billion for
    # financing costs" names costs once)
    if head is None or sum(_head(p) == head and _names_its_noun_after(p) for p in parts) < 2:
        return parts
    if all(_bracketed(p) for p in parts):
        return parts  # "split between recorded music (€8.2 billion), ... and other income (€0.9 billion)": each
        # bracket follows its part's label, whatever noun the label ends in
    return [p for p in parts if _head(p) in (head, None)]


def _names_its_noun_after(claim) -> bool:
    """Whether a figure's noun is written right after it ("120| community clubs"), not taken from its clause."""
    head = _head(claim)
    at = position_in_sentence(claim) + len(" ".join(claim.text.split()))
    return head is not None and regex.search(rf"\b{regex.escape(head)}", claim.sentence[at:at + 40], regex.IGNORECASE) \
        is not None


def _bracketed(claim) -> bool:
    """Whether a figure opens a bracket: "publishing (€2.0 billion)"."""
    at = position_in_sentence(claim)
    return claim.sentence[max(0, at - 2):at].rstrip().endswith("(")


# Parts that name other things and add up to this many times the whole count something else: a real slip in a
# breakdown is a few per cent, not a multiple.
_FAR_BEYOND = 3


_SCALE_WORD = regex.compile(r"\d\s*(?:million|billion|trillion|thousand|bn|mn|m|k)\b", regex.IGNORECASE)


def _head(claim) -> Optional[str]:
    return singular(claim.subject_head.lower()) if claim.subject_head else None


def _nested(sentence: str, claim, listing_start: int) -> bool:
    """Whether a part is a part of the part before it ("120 community clubs, including 40 ..."): never the first
    part of the listing ("€410 million, of which networks received €260 million and fibre €190 million")."""
    at = position_in_sentence(claim)
    m = _NESTED_BEFORE.search(sentence, max(listing_start + 1, at - 30), at)
    return m is not None and DIGIT.search(sentence, listing_start, m.start()) is not None



class PartsWhole(Check):
    id = "parts-whole"
    severity = "error"
    examples = [
        Example("a last part after a serial comma (museum accounts)", {
            "a.md": "---\npublished: 2024-04-30\n---\nTotal income was €10 million, made up of tickets €5 million, grants "
                    "€3 million, and donations €2 million.\n",
        }, False),
        Example("parts in brackets after their labels, one label ending in a noun of its own (music industry)", {
            "a.md": "---\npublished: 2024-03-01\n---\nUMG's €11.1 billion revenue in 2023 was split between recorded music "
                    "(€8.2 billion), publishing (€2.0 billion) and merchandising and other income (€0.8 billion).\n",
        }, True, ("€11.1 billion", "€8.2 billion", "€2.0 billion", "€0.8 billion")),
        Example("... which add up", {
            "a.md": "---\npublished: 2024-03-01\n---\nUMG's €11.1 billion revenue in 2023 was split between recorded music "
                    "(€8.2 billion), publishing (€2.0 billion) and merchandising and other income (€0.9 billion).\n",
        }, False),
        Example("parts that name other things, many times the whole (disaster response)", {
            "a.md": "---\npublished: 2025-03-14\n---\nThree agencies are working in the camps, including 40 doctors and "
                    "25 nurses.\n",
        }, False),
        Example("an 'or' inside the last part's label (service statistics)", {
            "a.md": "---\npublished: 2024-04-10\n---\nOf the 3,850 young people seen in 2023, 2,100 were girls, 1,500 were "
                    "boys and 350 were non-binary or unknown.\n",
        }, True, ("3,850", "2,100", "1,500", "350")),
        Example("a ratio after the parts is no part (census reports)", {
            "a.md": "---\npublished: 2022-06-30\n---\nOf the 52.1 million persons enumerated, 25.7 million were male and "
                    "26.4 million were female, giving a sex ratio of 97 males per 100 females.\n",
        }, False),
        Example("the whole named again after 'Of the' opens a breakdown of the sentence before (wildfire reports)", {
            "a.md": "---\npublished: 2023-11-15\n---\nFires burned 1,240,000 hectares in Tarsk in 2023. Of the area "
                    "burned, 820,000 hectares were in the north, 260,000 hectares in the coast and 210,000 hectares "
                    "in the south.\n",
        }, True, ("1,240,000 hectares", "820,000 hectares", "260,000 hectares", "210,000 hectares")),
        Example("... and 'It comprises' (transport statistics)", {
            "a.md": "---\npublished: 2024-03-12\n---\nThe network is 4,200 km long. It comprises 2,600 km of electrified "
                    "lines, 1,300 km of diesel lines and 500 km of narrow-gauge lines.\n",
        }, True, ("4,200 km", "2,600 km", "1,300 km", "500 km")),
        Example("... past an average in the sentence between", {
            "a.md": "---\npublished: 2023-11-15\n---\nFires burned 1,240,000 hectares in Tarsk in 2023. The ten-year "
                    "average is about 420,000 hectares per year. Of the area burned, 820,000 hectares were in the "
                    "north, 260,000 hectares in the coast and 210,000 hectares in the south.\n",
        }, True, ("1,240,000 hectares", "820,000 hectares", "260,000 hectares", "210,000 hectares")),
        Example("a list under 'By district:' breaks down the figure of the sentence before (volunteering surveys)", {
            "a.md": "---\npublished: 2024-05-01\n---\nIn 2023, 412,000 adults volunteered. By district:\n\n- Kaldor: "
                    "138,000\n- Vessen: 96,000\n- Harrow Fen: 81,000\n- Lunde: 64,000\n- the islands: 23,000\n",
        }, True, ("412,000", "138,000", "96,000", "81,000", "64,000", "23,000")),
        Example("exact parts of an estimated total add up to the figure it gives (volunteering surveys)", {
            "a.md": "---\npublished: 2024-05-01\n---\nAn estimated 412,000 people volunteered in 2023: 180,000 in the "
                    "North, 142,000 in the Centre and 80,000 in the South.\n",
        }, True, ("An estimated 412,000", "180,000", "142,000", "80,000")),
        Example("... to its rounding: 'about 400,000' is any total that rounds to it", {
            "a.md": "---\npublished: 2024-05-01\n---\nAbout 400,000 people volunteered in 2023: 180,000 in the North, "
                    "142,000 in the Centre and 80,000 in the South.\n",
        }, False),
        Example("a count of other things after the listing is no part (ambulance fleets)", {
            "a.md": "---\npublished: 2024-05-08\n---\nThis will fund 85 new ambulances, of which 20 will be "
                    "four-wheel-drive vehicles for rural areas, and the recruitment of 300 additional paramedics.\n",
        }, False),
        Example("parts in the sentence after, the whole named as the writer's own (highway authorities)", {
            "a.md": "---\npublished: 2024-05-01\n---\nThe council maintains 1,460 miles of road. Our network is made up "
                    "of 210 miles of A roads, 340 miles of B roads and 870 miles of unclassified roads.\n",
        }, True, ("1,460 miles", "210 miles", "340 miles", "870 miles")),
        Example("'including' inside one part's label, after the verb that opens the listing (pharmacy funding)", {
            "a.md": "---\npublished: 2024-05-01\n---\nThe €2.65 billion was made up of €1.80 billion in dispensing fees, "
                    "€0.46 billion for clinical services including Pharmacy First, and €0.29 billion in transitional "
                    "payments.\n",
        }, True, ("€2.65 billion", "€1.80 billion", "€0.46 billion", "€0.29 billion")),
        Example("an amount allocated as follows (budget briefs)", {
            "a.md": "---\npublished: 2023-12-01\n---\nThe budget of €412 million is allocated as follows: €190 million "
                    "for projects, €140 million for buildings and €110 million for strategic research.\n",
        }, True, ("€412 million", "€190 million", "€140 million", "€110 million")),
        Example("a part named with an adjective in -ed (hospital staffing)", {
            "a.md": "---\npublished: 2023-04-13\n---\nOf the 1,240 staff, 610 were nurses, 380 were doctors and 330 were "
                    "qualified therapists.\n",
        }, True, ("1,240", "610", "380", "330")),
        Example("... not across a heading, which opens another section", {
            "a.md": "---\npublished: 2022-02-08\n---\nThe number of children in hazardous work is revised to 730,000."
                    "\n\n## By age\n\nOf the revised total, 1.03 million children were aged 5-11, 400,000 were aged "
                    "12-14 and 380,000 were aged 15-17.\n",
        }, False),
        Example("... which parts within the whole satisfy", {
            "a.md": "---\npublished: 2024-03-12\n---\nThe network is 4,200 km long. It comprises 2,600 km of electrified "
                    "lines, 1,100 km of diesel lines and 500 km of narrow-gauge lines.\n",
        }, False),
        Example("'Of these calls,' after the sentence with the total (quitline statistics)", {
            "a.md": "---\npublished: 2023-03-14\n---\nIn 2022, the quitline received 51,300 calls. Of these calls, "
                    "31,200 came from men and 21,400 came from women.\n",
        }, True, ("51,300",)),
        Example("236 deaths: 131 + 58 + 41 + 12 = 242", {
            "a.md": "---\npublished: 2018-10-03\n---\nIn 2017, 236 road deaths were recorded: 131 pedestrians, 58 cyclists, 41 motorcyclists and 12 drivers.\n",
        }, True, ("236", "131")),
        Example("a total that 'comprised' its parts (energy statistics)", {
            "a.md": "---\npublished: 2023-03-15\n---\nTotal generation of 212 TWh in 2022 comprised 88 TWh from gas, "
                    "61 TWh from coal, 44 TWh from wind and 31 TWh from solar.\n",
        }, True, ("212 TWh", "88 TWh")),
        Example("the first part after 'of which', its label and a verb between (company accounts)", {
            "a.md": "---\npublished: 2024-02-01\n---\nThe company spent €410 million on capital expenditure in 2023, of "
                    "which networks received €260 million and fibre €190 million.\n",
        }, True, ("€410 million", "€260 million")),
        Example("parts for what each pays, the last in the whole's noun (nuclear costs)", {
            "a.md": "---\npublished: 2023-04-16\n---\nThe €11.2 billion cost was split between: €6.1 billion for the "
                    "nuclear island, €3.4 billion for the turbine island and €1.7 billion for financing costs.\n",
        }, False),
        Example("parts that name the whole's noun, then a count of something else", {
            "a.md": "---\npublished: 2024-02-01\n---\nThe league has 214 affiliated clubs, including 120 community "
                    "clubs and 57 university clubs, and 12,600 members.\n",
        }, False),
        Example("... whose parts of the whole's kind add up to more", {
            "a.md": "---\npublished: 2024-02-01\n---\nThe league has 214 affiliated clubs, including 120 community "
                    "clubs and 157 university clubs, and 12,600 members.\n",
        }, True, ("214", "120", "157")),
        Example("a net figure is the difference of what follows it", {
            "a.md": "---\npublished: 2024-02-01\n---\nNet migration was 61,200 in 2022: 98,500 people arrived and "
                    "37,300 left.\n",
        }, False),
        Example("... and so is a surplus", {
            "a.md": "---\npublished: 2024-02-01\n---\nSoravia posted a trade surplus of 2.4 billion lira in January: "
                    "exports were worth 18.2 billion lira and imports 15.8 billion lira.\n",
        }, False),
        Example("steps of one process are no parts", {
            "a.md": "---\npublished: 2024-02-01\n---\nOf the 1,348 femicide cases opened in 2023, 1,120 were "
                    "investigated, 418 went to trial and 196 ended in a conviction.\n",
        }, False),
        Example("outcomes that exclude each other are", {
            "a.md": "---\npublished: 2024-02-01\n---\nOf the 1,348 cases tried in 2023, 418 ended in a conviction "
                    "and 1,030 in an acquittal.\n",
        }, True, ("1,348", "418", "1,030")),
        Example("an outcome and an age are two measures", {
            "a.md": "---\npublished: 2024-02-01\n---\nOf the 1,006 women and girls reported missing, 812 were found "
                    "alive and 420 were minors.\n",
        }, False),
        Example("sex, then the sector: two listings of one whole", {
            "a.md": "---\npublished: 2024-02-01\n---\nOf the 1,126 children rescued in 2023, 640 were girls and 486 "
                    "were boys; 701 were found in agriculture and 425 in domestic work.\n",
        }, False),
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
        Example("an owner's whole that opens the sentence", {
            "a.md": "---\npublished: 2024-06-03\n---\nOf Brightwell's 4,200 staff, 1,300 are women and 3,000 are men.\n",
        }, True, ("4,200", "1,300", "3,000")),
        Example("a whole that 'comprises' its parts", {
            "a.md": "---\npublished: 2024-06-03\n---\nThe trust's 14 schools comprise nine primary schools, four "
                    "secondary schools and two special schools.\n",
        }, True, ("14", "nine", "four", "two")),
        Example("parts by two different measures at once", {
            "a.md": "---\npublished: 2024-06-03\n---\nOf the 27 victims, 21 were men and 14 were killed with a knife.\n",
            "b.md": "---\npublished: 2024-06-03\n---\nPolice made 21,600 arrests in 2023, including 3,100 of juveniles, "
                    "12,000 for violent offences and 9,000 for drug offences.\n",
        }, False),
        Example("number words that say which kind are no parts", {
            "a.md": "---\npublished: 2024-06-03\n---\nThe scheme will deliver 400 homes: 120 two-bedroom flats and 280 "
                    "three-bedroom houses.\n",
        }, False),
        Example("'Of the N' may name only some of the parts", {
            "a.md": "---\npublished: 2024-05-07\n---\nOf the 240 posts being cut, 90 are in adult social care and 70 in "
                    "environment.\n",
        }, False),
        Example("... but not more than the whole", {
            "a.md": "---\npublished: 2024-05-07\n---\nOf the 240 posts being cut, 190 are in adult social care and 70 "
                    "in environment.\n",
        }, True, ("240", "190", "70")),
        Example("parts 'including' some that add up to more than the whole", {
            "a.md": "---\npublished: 2023-10-20\n---\nThe chain operated 412 stores at the end of September, including "
                    "230 in Sweden, 120 in Norway and 95 in Finland.\n",
        }, True, ("412", "230", "95")),
        Example("a subset inside a part is not added again", {
            "a.md": "---\npublished: 2024-05-07\n---\nOf the 1,140 homes, 310 were classed as affordable, including 120 "
                    "for social rent.\n",
        }, False),
        Example("a count of the items listed before a tonnage", {
            "a.md": "---\npublished: 2023-10-20\n---\nThe harvest of 4.2 million tonnes came from three regions: "
                    "Nordmark 2.1 million tonnes, Esker 1.5 million tonnes and Tallow Plain 0.9 million tonnes.\n",
        }, True, ("4.2 million tonnes", "0.9 million tonnes")),
        Example("parts 'of which' that add up to more than the whole", {
            "a.md": "---\npublished: 2024-02-01\n---\nThe company spent €410 million on capital expenditure in 2023, of which "
                    "€260 million went on 5G and €190 million on fibre.\n",
        }, True, ("€410 million", "€260 million", "€190 million")),
        Example("parts by sex and by age overlap", {
            "a.md": "---\npublished: 2023-02-01\n---\nOf the 412 victims identified in 2022, 290 were female and 160 "
                    "were minors.\n",
        }, False),
        Example("parts by sex and by where they work overlap", {
            "a.md": "---\npublished: 2023-02-01\n---\nA total of 1,250 officials were trained, including 700 women "
                    "and 800 from regional offices.\n",
        }, False),
        Example("women, children and men split one whole", {
            "a.md": "---\npublished: 2023-02-01\n---\nThe shelters housed 312 survivors in 2021, of whom 198 were women, "
                    "71 were children and 63 were men.\n",
        }, True, ("312", "198")),
        Example("money from three budgets", {
            "a.md": "---\npublished: 2023-02-01\n---\nThe budget includes savings of £14.6 million: £6.2 million from "
                    "adult social care, £4.1 million from children's services and £5.8 million from back-office "
                    "functions.\n",
        }, True, ("£14.6 million", "£6.2 million")),
        Example("'Of those' after a level and the one it rose from", {
            "a.md": "---\npublished: 2024-03-01\n---\nThe port handled 850,000 cruise passengers in 2023, up 20% from "
                    "700,000 in 2022. Of those, 510,000 were from Germany and 240,000 from the United Kingdom.\n",
        }, False),
        Example("parts by sex alone add up", {
            "a.md": "---\npublished: 2023-02-01\n---\nOf the 412 victims identified in 2022, 290 were female and 160 "
                    "were male.\n",
        }, True, ("412", "290", "160")),
        Example("a budget that 'includes' more than itself", {
            "a.md": "---\npublished: 2024-02-01\n---\nThe €840 million budget includes €310 million for schools, "
                    "€280 million for roads and €290 million for social care.\n",
        }, True, ("€840 million", "€310 million")),
        Example("parts in the next sentence, 'Of the total,'", {
            "a.md": "---\npublished: 2024-02-01\n---\nThe council approved a budget of €840 million for 2024. Of the "
                    "total, €310 million goes to schools, €280 million to roads and €290 million to social care.\n",
        }, True, ("€840 million", "€310 million")),
        Example("parts in the currency the whole was given in", {
            "a.md": "---\npublished: 2024-02-01\n---\nOf the 9.07 trillion pesos, 1.9 trillion go to pensions, 1.1 "
                    "trillion to debt service and 6.5 trillion to the rest.\n",
        }, True, ("9.07 trillion pesos", "1.9 trillion")),
        Example("parts given 'with' each at its figure", {
            "a.md": "---\npublished: 2024-02-01\n---\nCargo throughput reached 412 million tonnes in 2023, with dry bulk at "
                    "120 million tonnes, liquid bulk at 38 million tonnes and containerised cargo at 290 million "
                    "tonnes.\n",
        }, True, ("412 million tonnes", "120 million tonnes")),
        Example("'Of those detained,' in the next sentence", {
            "a.md": "---\npublished: 2023-02-01\n---\nIn 2022, authorities detained 444,439 foreign nationals. Of those "
                    "detained, 145,000 were from Honduras, 130,000 from Guatemala, 96,000 from Venezuela and 98,000 from "
                    "other countries.\n",
        }, True, ("444,439", "145,000")),
        Example("'Of that,' parts that leave some out", {
            "a.md": "---\npublished: 2024-02-01\n---\nThe conservation budget for 2024 is €84 million. Of that, €40 "
                    "million goes to national parks and €28 million to marine reserves.\n",
        }, False),
        Example("'They were split between' parts of the sentence before's total (insurance statistics)", {
            "a.md": "---\npublished: 2024-03-14\n---\nGross written premiums were €2.91 billion in 2023. They were split "
                    "between motor (€1.78 billion), home (€0.84 billion) and other lines (€0.41 billion).\n",
        }, True, ("€2.91 billion", "€1.78 billion")),
        Example("... and right", {
            "a.md": "---\npublished: 2024-03-14\n---\nGross written premiums were €2.91 billion in 2023. They were split "
                    "between motor (€1.68 billion), home (€0.84 billion) and other lines (€0.39 billion).\n",
        }, False),
        Example("a figure compared with is no part (air-quality reports)", {
            "a.md": "---\npublished: 2021-05-04\n---\nOf the 40 cities assessed, 28 exceeded the target in 2020, "
                    "compared with 33 in 2019.\n",
        }, False),
        Example("'Of those,' opening a list item (cyber-incident reports)", {
            "a.md": "---\npublished: 2024-02-15\n---\n- Across the public sector, 1,480 incidents were reported in "
                    "2023.\n- Of those, central government accounted for 610, local government for 540 and public health "
                    "bodies for 420.\n",
        }, True, ("1,480", "610", "540", "420")),
        Example("the base of a change is no part (cinema statistics)", {
            "a.md": "---\npublished: 2024-03-01\n---\nAdmissions across the 38 territories covered by the union reached "
                    "792 million in 2023, an increase of 19% on the 666 million recorded in 2022.\n",
        }, False),
        Example("parts in a bulleted list under the total's line (charity accounts)", {
            "a.md": "---\npublished: 2024-09-10\n---\nThe charity's fund raised £2.4 million, split between three "
                    "programmes:\n\n- £1.1 million for home dialysis grants;\n- £0.8 million for a family conversation "
                    "campaign;\n- £0.7 million for kidney preservation research.\n",
        }, True, ("£2.4 million", "£1.1 million", "£0.8 million", "£0.7 million")),
        Example("... under a lead-in sentence wrapped over two lines (school meals)", {
            "a.md": "---\npublished: 2024-09-10\n---\nIn its first full year the programme enrolled 312,000 children who "
                    "had not\npreviously claimed:\n- 148,000 in primary schools\n- 121,000 in secondary schools\n"
                    "- 23,000 in special schools\n",
        }, True, ("312,000", "148,000", "23,000")),
        Example("... and labels of several words, which add up (deforestation)", {
            "a.md": "---\npublished: 2024-07-10\n---\nColombia lost 79,300 hectares in 2023, split between four drivers:\n"
                    "- pasture for cattle: 38,700 hectares;\n- coca: 16,200 hectares;\n- speculation: 15,800 hectares;\n"
                    "- farming: 8,600 hectares.\n",
        }, False),
        Example("... but not the year before's figures in brackets, nor a total in an earlier sentence of the line", {
            "a.md": "---\npublished: 2024-03-01\n---\nVisits totalled 10.0 million in 2023, by nation:\n\n- England: 6.0 "
                    "million (2022: 5.5 million)\n- Wales: 2.0 million (2022: 1.8 million)\n- Scotland: 2.0 million\n",
            "b.md": "---\npublished: 2024-03-01\n---\nIn 2023 the council's income was £50 million. Spending was:\n"
                    "- Staff: £20 million\n- Buildings: £10 million\n",
        }, False),
        Example("a listing ends where a clause of its own begins (results releases)", {
            "a.md": "---\npublished: 2024-05-02\n---\nThe chain has 88 stores in Scotland, including 51 supermarkets "
                    "and 37 convenience shops, and employs 4,100 people.\n",
        }, False),
        Example("... and a listing past its end still adds up", {
            "a.md": "---\npublished: 2024-05-02\n---\nThe chain has 88 stores in Scotland, including 61 supermarkets "
                    "and 37 convenience shops, and employs 4,100 people.\n",
        }, True, ("88", "61", "37")),
        Example("parts given in the sentence after, 'as follows' (beekeeping statistics)", {
            "a.md": "---\npublished: 2024-10-01\n---\nIn 2024, 159,500 hives were registered. By region, they were "
                    "distributed as follows: Ostmark 62,000 hives, Lindholm 48,500 hives and Brenna 31,000 hives.\n",
        }, True, ("159,500", "62,000", "48,500", "31,000")),
        Example("... and a list under 'That amount comprised:' (resettlement reports)", {
            "a.md": "---\npublished: 2024-03-01\n---\nThe scheme spent €51.8 million in 2023. That amount comprised:\n\n"
                    "- €21.4 million for travel;\n- €18.9 million for reception;\n- €8.2 million for training;\n"
                    "- €4.6 million for administration.\n",
        }, True, ("€51.8 million", "€21.4 million")),
        Example("... but 'Of those,' may leave parts out", {
            "a.md": "---\npublished: 2024-10-01\n---\nIn 2024, 159,500 hives were registered. Of those, 62,000 were in "
                    "Ostmark and 48,500 in Lindholm.\n",
        }, False),
        Example("'of which' with what the others leave as its last part (charity accounts)", {
            "a.md": "---\npublished: 2025-05-01\n---\nIncome in 2024 was €2.84 million, of which membership fees made up "
                    "€1.56 million, grants €0.92 million and other income €0.26 million.\n",
        }, True, ("€2.84 million", "€1.56 million", "€0.92 million", "€0.26 million")),
        Example("... but not some more of the same kind", {
            "a.md": "---\npublished: 2025-05-01\n---\nThe chain has 412 stores, including 230 in Sweden, 120 in Norway "
                    "and 30 other stores in Finland.\n",
        }, False),
        Example("'The programme will be allocated as follows:' (water company plans)", {
            "a.md": "---\npublished: 2024-07-01\n---\nThe company set out a £1.4 billion investment programme. The "
                    "programme will be allocated as follows: £620 million for mains, £410 million for meters and £290 "
                    "million for pressure management.\n",
        }, True, ("£1.4 billion", "£620 million", "£410 million", "£290 million")),
    ]

    @staticmethod
    def _whole_in_the_sentence_before(claims: list, amounts_by_source: dict, headings: list[int]):
        """The last amount of the sentence before one that opens "Of that," (within a few hundred characters and
        in the same section), or None."""
        if not _OF_THAT_OPENER.match(claims[0].sentence):
            return None
        first = claims[0]
        before = [c for c in amounts_by_source.get(first.source, []) if c.end <= first.start
                  and c.sentence != first.sentence]
        # (a whole named again, "Of the area burned,", may be a sentence further back: "A total of 1,240,000 hectares
        # burned. The ten-year average is about 420,000 hectares per year. Of the area burned, ...")
        named = _NAMED_WHOLE_OPENER.match(claims[0].sentence) is not None
        while before and first.start - before[-1].end <= 300 \
                and not any(before[-1].end < at < first.start for at in headings):
            # ("## By age\n\nOf the revised total, ...": the heading ends the section before)
            # the sentence's own figure, not one it is compared with ("... handled 850,000 passengers, up 20% from
            # 700,000 in 2022. Of those, ..."), nor an average or a rate, which is no whole
            last_sentence = [c for c in before if c.sentence == before[-1].sentence]
            own = [c for c in last_sentence if c.per is None
                   and not _COMPARED_BEFORE.search(c.sentence, 0, max(0, position_in_sentence(c)))]
            if own or not named:
                return own[0] if own else None
            before = before[:len(before) - len(last_sentence)]
        return None

    def run(self, aligned: Alignment, config: AuditConfig) -> Iterable[Finding]:
        # (a list under a lead-in line is read as one sentence: "Shares of the market were:" over "- Albion: 40%")
        for finding in self._run(aligned, config):
            yield aligned.as_written(finding)

    def _run(self, aligned: Alignment, config: AuditConfig) -> Iterable[Finding]:
        amounts_by_source: dict[str, list] = {}
        for c in sorted(aligned.claims, key=lambda c: (c.source, c.start)):
            if c.kind in _ADDABLE_KINDS and isinstance(c.value, float):
                amounts_by_source.setdefault(c.source, []).append(c)
        for claims in chain(aligned.sentences(), aligned.listings()):
            sentence = claims[0].sentence
            colon = sentence.find(":")
            partial = False  # a listing that may leave parts out: only a sum over the whole contradicts it
            whole_before = self._whole_in_the_sentence_before(claims, amounts_by_source,
                                                              aligned.doc(claims[0]).headings)
            # (a change adds up as a level does: "added 58,000 jobs: 31,000 full-time and 25,000 part-time")
            # ("120 two-bedroom flats": the "two" says which flats, it is no part)
            # (nor a rate in a population: "giving a sex ratio of 97 males per 100 females")
            amounts = [c for c in claims if c.kind in _ADDABLE_KINDS and isinstance(c.value, float) and not names_a_kind(c)
                       and not is_rate_in_a_population(c)]
            if whole_before is not None:
                # "The budget is €84 million. Of that, €40 million goes to parks, ...": some of its parts
                # ("It comprises ...", "They were distributed as follows: ...": all of them)
                colon = _OF_THAT_OPENER.match(sentence).end() - 1
                partial = _OF_OPENER.match(sentence) is not None
            elif colon == -1:
                whole_first = _OF_THE_WHOLE_FIRST.match(sentence)
                including = _INCLUDING.search(sentence)
                opener = _LISTING_VERB.search(sentence)
                if including is not None and opener is not None and opener.start() < including.start():
                    # "The €2.65 billion was made up of €1.80 billion in fees, €0.46 billion for services including
                    # Pharmacy First, and ...": a word of one part's label, after the verb that opens all of them
                    including = None
                if whole_first is not None and amounts and position_in_sentence(amounts[0]) < whole_first.end():
                    # "Of the 6.8 million patients on the list, 4.1 million were ... and 2.9 million ...": the comma
                    # after the whole opens the listing, which may name only some of its parts ("Of the 240 posts
                    # being cut, 90 are in adult social care and 70 in environment")
                    colon, partial = whole_first.end() - 1, True
                elif including is not None and amounts and position_in_sentence(amounts[0]) < including.start():
                    # "412 stores, including 230 in Sweden, 120 in Norway and 95 in Finland": some of the parts
                    colon, partial = including.start(), True
                else:
                    # "The budget of €48m was funded by the government (€15m), ...": a verb opens the listing
                    if opener is None or not amounts or position_in_sentence(amounts[0]) > opener.start():
                        continue
                    colon = opener.start()
            listed = [c for c in amounts if position_in_sentence(c) > colon and not _nested(sentence, c, colon)
                      # (not a figure compared with: "28 exceeded the target in 2020, compared with 33 in 2019")
                      and not _COMPARED_BEFORE.search(sentence, max(0, position_in_sentence(c) - 30),
                                                      position_in_sentence(c))
                      # (nor the year before's, in brackets: "England 6.0 million (2022: 5.5 million)")
                      and not _PRIOR_YEAR_BEFORE.search(sentence, max(0, position_in_sentence(c) - 40),
                                                        position_in_sentence(c))]
            clause_end = _LISTING_ENDS.search(sentence, colon + 1) if colon >= 0 else None
            if clause_end is not None and listed:
                # ("made up of tickets €5 million, grants €3 million, and donations €2 million": a serial comma
                # before the last label of a listing whose parts all follow their labels)
                after = [c for c in listed if position_in_sentence(c) > clause_end.start()]
                labelled = listed[:len(listed) - len(after) + 1]
                if after and all(_LABEL_THEN_FIGURE.search(sentence, max(0, position_in_sentence(c) - 40),
                                                            position_in_sentence(c)) for c in labelled):
                    clause_end = None
            if clause_end is not None:
                # "88 stores, including 51 supermarkets and 37 convenience shops, and employs 4,100 people": the
                # listing ends where a clause of its own begins
                listed = [c for c in listed if position_in_sentence(c) < clause_end.start()]
            wholes = [whole_before] if whole_before is not None else [c for c in amounts if position_in_sentence(c) < colon]
            # The whole is the last figure before the listing that its parts measure: "The harvest of 4.2 million
            # tonnes came from three regions: ..." (tonnes, not "three", which counts the items listed).
            whole = next((w for w in reversed(wholes)
                          if sum(1 for c in listed if c.kind == w.kind and c.unit == w.unit) >= 2
                          and not (w.kind == "count" and w.value == len(listed) and w is not wholes[0])), None)
            if whole is None:
                continue
            if _DIFFERENCE.search(sentence, max(0, position_in_sentence(whole) - 40), position_in_sentence(whole)) \
                    or _DIFFERENCE.search(whole.subject or ""):
                continue  # "a trade surplus of 2.4 billion: exports ... and imports ...": a difference, not a sum
            # Parts measure what the whole does: counts of a count, amounts in the whole's currency or unit.
            parts = [c for c in listed if c.kind == whole.kind and c.unit == whole.unit
                     and c.change in (None, whole.change)]
            parts = _of_the_wholes_kind(whole, parts)
            if len(parts) < 2 or any(p.qualifier != "exact" for p in parts):
                continue
            # (an "or" inside the last part's label names one part: "and 350 were non-binary or unknown")
            listing_text = sentence[colon:position_in_sentence(parts[-1])]
            if _ALTERNATIVES.search(listing_text):
                continue  # "two options: a four-cylinder or a V-6": alternatives, not parts that add up
            forms = {_label_form(sentence, p) for p in parts}
            if {"of", "for"} <= forms or {"participle", "word"} <= forms or _by_two_measures(sentence, parts):
                continue  # "21 were men and 14 were killed with a knife": parts by two different measures
            last_at = position_in_sentence(parts[-1])
            if partial and (_RESIDUAL_PART.search(sentence, position_in_sentence(parts[-2]) + len(parts[-2].text), last_at)
                            or _RESIDUAL_AFTER.match(sentence, last_at + len(" ".join(parts[-1].text.split())))):
                # "€2.84 million, of which fees €1.56 million, grants €0.92 million and other income €0.26 million":
                # the last part is what the others leave, so the parts are all of it
                partial = False
            total = sum(p.value for p in parts)
            slack = abs(whole.value) * config.tolerances.parts_total
            low = (whole.lower if isinstance(whole.lower, float) else 0.0) - slack
            high = (whole.upper if isinstance(whole.upper, float) else float("inf")) + slack
            if low <= total <= high or partial and total <= high:
                if partial or whole.qualifier not in ("approximate", "estimate") or not total \
                        or any(_SCALE_WORD.search(c.text) for c in [whole, *parts]):
                    continue  # (figures with a scale word are rounded each: "23 million" may be 22.6 million)
                # "An estimated 412,000 volunteers: 210,000 in the north, ...": exact parts of a hedged total add
                # up to the figure it gives, to its last digit that is not zero
                half = half_last_nonzero_digit(whole.value)
                if whole.value - half <= total <= whole.value + half:
                    continue
            if whole.value > 0 and total > _FAR_BEYOND * whole.value and _head(whole) not in {_head(p) for p in parts}:
                continue  # "Three agencies are working, including 40 doctors and 25 nurses": other things counted
            listing = " + ".join(fmt(p.value) for p in parts)
            message = (f"{name(whole)} line {whole.line}: the parts listed after {quote(whole)} add up to "
                       f"{fmt(total)} ({listing}), " + ("more than" if partial else "not") + f" {fmt(whole.value)}.")
            yield self.finding(message, [(whole, "whole")] + [(p, "part") for p in parts],
                               {"whole": whole.value, "sum_of_parts": total, "difference": total - whole.value})
