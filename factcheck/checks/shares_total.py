"""shares-total: shares of one whole add up to more than 100%, or a listing that says it is whole does not.

Flags:
    Three or more percentages listed in one sentence as shares of the same whole (or two
    or more after a colon, or two that name two parts of a whole the sentence opens with,
    or of one split in two, "women" and "men"), none of them a change, whose sum exceeds 100% by more than
    the rounding tolerance (1 point, or half a unit of each share's last digit, whichever is
    more); and shares whose last is "the remaining" or "the rest" (so
    the listing claims to be the whole) that add up to less than 100% by more than it.
    Shares after a colon that break down a share before it ("58% of electricity: wind
    36%, solar 14% and hydro 8%") must add up to that share instead. A bulleted list under
    a lead-in line that ends in a colon reads as one such sentence ("Shares of the parcel
    market were:" over "- Albion Mail: 40%"); a rate named before the colon ("Vaccination
    coverage by region:") lists each one's rate, which need not add up.
Why it matters:
    Shares that overflow mean a figure was mistyped, or shares of different wholes were
    mixed, and readers who add them up will notice.
Example:
    "Of the 1,140 children injured in 2016: 62% were pedestrians, 31% cyclists and 15%
    passengers" adds up to 108%.
"""

from __future__ import annotations

from itertools import chain
from typing import Iterable, Optional

import regex

from ..align import Alignment
from ..align.events import position_in_sentence
from ..align.keys import YEAR_IN_TEXT, half_last_digit
from ..config import AuditConfig
from ..extract.context import OUTPUT_MEASURES, singular
from ..extract.tables import is_total_label
from ..models import Claim, Finding
from .base import Check, Example, fmt, name, quote


_NOT_ONE_WHOLE = regex.compile(
    r"\b(?:up|down)\s+from\b|\bcompared\s+(?:with|to)\b|\bversus\b|\bvs\.?\s|\btargets?\b|\bgoals?\b|\baims?\b|"
    r"\bago\b|\bprevious(?:ly)?\b|\bearlier\b|\blast\s+year\b|\bnext\s+year\b|\bforecasts?\b|\bexpected\b|"
    r"\bfrom\s+(?:about\s+|around\s+)?\d(?:[^.;]|\.(?=\d))*?\bto\s+(?:about\s+)?\d|"
    # a gap between two shares: "72.3%, 3.9 percentage points above the national turnout of 68.4%"
    r"\b(?:above|below|higher\s+than|lower\s+than|more\s+than|less\s+than|ahead\s+of|behind)\s+(?:the|its|their|a)\b|"
    # the whole's own rate beside a part's: "71% (national: 84%)", "against 84% nationally"
    # (in lower case: "the National Party" is a party)
    r"(?-i:\bnational(?:ly)?\b)|\bacross\s+the\s+country\b",
    regex.IGNORECASE,
)
# (Two different years among the shares are two times; one year, "18% of electricity in 2023, wind 27%, ...", is
# the listing's.)


# A rate named before a colon, whose listing gives each one's rate ("Vaccination coverage by region in 2023:"), unless
# the words say a whole is split ("Shares of the parcel market were:").
_RATE_BEFORE_COLON = regex.compile(
    r"\b(?:rates?|coverage|turnout|uptake|take-up|ratios?|scores?|growth|inflation|yields?|margins?|satisfaction|"
    r"approval|attendance|occupancy|completion|success|pass|participation|literacy|prevalence|incidence|efficiency|"
    r"performance|accuracy|utili[sz]ation|penetration|adoption|compliance|response)\b", regex.IGNORECASE)
_SPLIT_BEFORE_COLON = regex.compile(r"\b(?:shares?|split|breakdown|broken\s+down|mix|composition|proportions?|"
                                    r"distribution|made\s+up|divided|comprised?)\b", regex.IGNORECASE)
# A share named as a measure of its own, right before it: "on a turnout of| 71%", "with a response rate of| 64%".
_NAMED_MEASURE_BEFORE = regex.compile(r"\b(?:a|an|its|their|the)\s+(?:[a-z][\w-]*\s+){0,2}?"
                                      r"(?:turnout|rate|ratio|margin|yield|participation)\s+of\s+$")


_OF_A_WHOLE_AFTER = regex.compile(r"\s+of\s+(?:the\s+|all\s+)?[a-z]", regex.IGNORECASE)
_PERCENTILE_BEFORE = regex.compile(r"\b(?:richest|poorest|wealthiest|top|bottom|highest-earning|lowest-earning)\s+$",
                                   regex.IGNORECASE)
# A later share of the group the one before it counted: "94%| of those diagnosed", "of them", "of these".
_OF_THE_LAST_GROUP_AFTER = regex.compile(r"\s+of\s+(?:those|them|these|whom|which|the\s+latter)\b", regex.IGNORECASE)


# The last share of a listing that claims to be whole: "the remaining 40%", "the rest, 12%", "others 5%".
_THE_REST_BEFORE = regex.compile(r"\b(?:the\s+)?(?:remaining|rest|remainder|balance|others?)\b[^\d]{0,12}$",
                                 regex.IGNORECASE)


# The verb right after a share ("62% of them are women", "35% have a degree"), and an age bound after it.
_VERB_AFTER_SHARE = regex.compile(
    r"\s+(?:(?:of\s+(?:\w+\s+){1,5}?)?(?P<verb>are|were|is|was|have|has|had|hold|holds|held|speak|speaks|live|lives|"
    r"work|works|own|owns|use|uses|used)"
    # (or, right after the share, any verb in the past: "27% started or ended at a rail station" beside "38% were
    # commuting trips"; after "of", a participle describes the whole: "46% of people referred in 2022 were aged")
    r"|(?P<verb>(?!(?:increased|decreased|declined|dropped|fell|rose|grew|jumped|climbed|compared|needed)\b)"
    r"[a-z]{3,}ed))\b"
    # (a word of its own: "were underweight", "were overseas" are no age)
    # ("were 50 or older": an age too)
    r"(?P<age>\s+(?:(?:under|over|aged|older|younger|below|above)\b|between\s+(?:the\s+ages\s+of\s+)?\d|"
    r"\d{1,3}\s+(?:or|and)\s+(?:older|over|above|younger|under|below)\b))?",
    regex.IGNORECASE)
# A clause that opens another breakdown of the same whole: ", while| 40% were made at peak times".
_OTHER_BREAKDOWN = regex.compile(r",?\s+(?:while|whereas)\s", regex.IGNORECASE)
_COMPARED_GROUPS = regex.compile(r"\b(?:higher|lower|greater|smaller|better|worse)\s+(?:among|in|for|at)\b[^;]{1,80}?"
                              r"\bthan\b", regex.IGNORECASE)
_IN_POINTS = regex.compile(r"\bpoints?\b|\bpp\b|\bpts\b", regex.IGNORECASE)
# What people went through or said, or a state they were in, after each share: "64%| reported mental health needs",
# "45%| experienced physical abuse", "52%| were unemployed, 38% were pregnant": attributes one person may have
# several of, not parts of the group.
_EXPERIENCE_AFTER_SHARE = regex.compile(
    r"\s+(?:of\s+(?:\w+\s+){1,5}?)?(?:(?:had|have|has)\s+)?(?:reported|experienced|suffered|cited|mentioned|needed|"
    r"received|felt|faced|identified|disclosed|named)\b"
    # (what people use, own or watch, each asked of them apart: "90% use YouTube, 63% use TikTok"; but not how often
    # they use one thing: "46% use it daily, 38% use it weekly")
    # (each a statement respondents agreed with apart: "71% said they regularly worked more than 50 hours, 64% said
    # they had experienced stress"; not answers to one question: "45% said they were satisfied, 30% said they were not")
    r"|\s+(?:of\s+(?:\w+\s+){1,5}?)?(?:said|say|says|told\s+us)\s+(?:that\s+)?(?:they|it|he|she)\s+"
    r"(?:(?:had|have|would|could|did)\s+(?:not\s+)?)?(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|t)\b"
    r"|\s+(?:use|uses|used|own|owns|owned|watch|watches|watched|visit|visits|visited|access|accesses|accessed|play|"
    r"plays|played|read|reads)\s+(?!(?:it|them|this|that|one|these|those)\b)"
    r"|\s+(?:of\s+(?:\w+\s+){1,5}?)?(?:were|are|was|is)\s+(?:also\s+)?(?:(?!aged\b)[a-z]+ed|pregnant|homeless|ill|sick|"
    r"vulnerable|dependent|in\s+debt)\b(?!\s+(?:by|from|to|as|in|at)\b)", regex.IGNORECASE)
# A grade after a share: "71%| were rated 5", "19%| were graded good", "8%| are classed as poor".
_GRADED_AFTER_SHARE = regex.compile(r"\s+(?:were|are|was|is)\s+(?P<verb>rated|graded|classed|classified|scored|judged|"
                                    r"assessed|ranked)\s+(?:as\s+)?(?P<grade>[\w-]+)", regex.IGNORECASE)
# Each share in its own setting: "42% in Sabir province, 39% in Dunmore province", "42% of children in the north,
# 39% in the east": rates of different places, not shares of one whole.
_SETTING_AFTER_SHARE = regex.compile(r"\s+(?:of\s+(?:the\s+)?[\w-]+\s+)?(?:in|among|for|at)\s+(?:the\s+)?(?P<setting>[\w-]+)",
                                     regex.IGNORECASE)
_LEMMA = {"are": "be", "were": "be", "is": "be", "was": "be", "have": "have", "has": "have", "had": "have"}


# Parts that split a group by one attribute each: a share of children and a share of women overlap.
_PART_ATTRIBUTES = {
    **dict.fromkeys("woman man girl boy female male".split(), "sex"),
    **dict.fromkeys("child minor adult adolescent youth teenager elderly".split(), "age"),
}
_NATIONALITY_AFTER = regex.compile(r"\s+(?:were|are|was|is)\s+(?:[a-z]+\s+)?(?P<name>[A-Z][a-z]+(?:ns|ese|is|s))\b")


def _attribute(sentence: str, share) -> Optional[str]:
    if share.part in _PART_ATTRIBUTES:
        return _PART_ATTRIBUTES[share.part]
    end = position_in_sentence(share) + len(" ".join(share.text.split()))
    return "nationality" if _NATIONALITY_AFTER.match(sentence, end) else None


# Output of a company or a sector, which its mines or plants split ("58% of group output"), not a country's GDP.
_A_BODYS_OUTPUT = regex.compile(r"\b(?:group|company|firm|sector|industry|plant|mine|mines|farm|fleet|total)\s+output\b"
                                # (or a good's: "44% of world cocoa output", a share of the harvest, not a ratio)
                                r"|\b(?!(?:economic|national|world|global|gross|domestic|annual|total|real|nominal)\b)"
                                r"[a-z]{3,}\s+output\b",
                                regex.IGNORECASE)


def _different_attributes(sentence: str, shares) -> bool:
    """Whether the shares state different attributes of one group, which overlap: "62% of them are women,
    41% are under 40 and 35% have a master's degree" (different verbs, or an age beside other parts), "38% were
    children, 41% women and 35% Syrians" (age, sex and nationality)."""
    if len({a for a in (_attribute(sentence, share) for share in shares) if a}) > 1:
        return True
    if _USED_BY.search(sentence) and all(_BY_BEFORE_SHARE.search(sentence, max(0, position_in_sentence(share) - 12),
                                                                   position_in_sentence(share)) for share in shares):
        return True  # "YouTube is used by 83% of adults, Facebook by 68%": each platform's users, who overlap
    ends = [position_in_sentence(share) + len(" ".join(share.text.split())) for share in shares]
    graded = [_GRADED_AFTER_SHARE.match(sentence, end) for end in ends]
    if all(graded) and len({g.group("verb").lower() for g in graded}) == 1 \
            and len({g.group("grade").lower() for g in graded}) == len(graded):
        return False  # "71% were rated 5, 19% were rated 4, ...": one measure, each share a grade of it
    last = position_in_sentence(shares[-1])
    if all(_EXPERIENCE_AFTER_SHARE.match(sentence, end) for end in ends) \
            and not _REMAINING_SHARE_BEFORE.search(sentence, max(0, last - 25), last):
        # (unless the last is what the others leave: "39% received a loan only, and the remaining 21% a bursary")
        return True  # "64% reported mental health needs, 49% reported debt problems": one person may report both
    verbs, ages = set(), 0
    for share in shares:
        m = _VERB_AFTER_SHARE.match(sentence, position_in_sentence(share) + len(" ".join(share.text.split())))
        if m:
            verb = m.group("verb").lower()
            verbs.add(_LEMMA.get(verb, verb))
            ages += bool(m.group("age"))
    return len(verbs) > 1 or 0 < ages < len(shares)


_USED_BY = regex.compile(r"\b(?:is|are|was|were)\s+(?:\w+\s+)?(?:used|visited|watched|accessed|read|followed|owned|"
                         r"played)\s+by\b", regex.IGNORECASE)
_BY_BEFORE_SHARE = regex.compile(r"\bby\s+(?:(?:about|around|some|nearly|almost|just|only|over)\s+)?$")
_MANY_ANSWERS = regex.compile(r"\basked\s+(?:which|what)\b(?![^,;:.]*\b(?:most|main|mainly|first|favou?rite|best|"
                              r"primary|usually)\b)|\b(?:could|can|were\s+able\s+to)\s+(?:choose|pick|name|select|give)\s+"
                              r"(?:more\s+than\s+one|several|multiple)|\bmultiple\s+(?:answers|responses|choices)\b|"
                              r"\bmore\s+than\s+one\s+(?:answer|response)\b", regex.IGNORECASE)
# After a share, a breakdown of it: ", with Germans making up 28%", ", of which 28%", ", including 28%".
_NESTED_AFTER_FIRST = regex.compile(r",\s+(?:with|of\s+which|of\s+whom|including|among\s+them)\b", regex.IGNORECASE)


def _ends_with_the_rest(sentence: str, last) -> bool:
    """Whether the last share is of what the others leave ("..., China 30% and other markets 15%"): the list
    splits one whole, place by place."""
    at = position_in_sentence(last)
    end = at + len(" ".join(last.text.split()))
    return _THE_REST_BEFORE.search(sentence, max(0, at - 30), at) is not None \
        or _THE_REST_AFTER.match(sentence, end) is not None


# A count, a few words, then ", or" before a share that restates it: "29 were over budget|, or |71%".
_RESTATES_A_COUNT_BEFORE = regex.compile(r"\d[\d,]*\s+(?:[a-z][\w-]*\s+){1,5}?(?:[a-z][\w-]*)\s*,\s*or\s+(?:about\s+|around\s+|some\s+)?$")
_REMAINING_SHARE_BEFORE = regex.compile(r"\bthe\s+(?:remaining|other|rest\s*,?)\s*$", regex.IGNORECASE)
_THE_REST_AFTER = regex.compile(r"\s+(?:went\s+|came\s+)?(?:to|from|for|in)\s+(?:the\s+)?(?:other|rest|remaining)\b|"
                                r"\s+elsewhere\b", regex.IGNORECASE)


def _own_settings(sentence: str, shares) -> bool:
    """Whether the shares are each of a different place or setting: rates side by side, not parts of a whole
    (but places that "accounted for" shares are the whole's parts: "Australia accounted for 58% of group
    production, Ghana for 31% and Canada for 19%")."""
    first = position_in_sentence(shares[0])
    if _BREAKDOWN_VERB_BEFORE.search(sentence, max(0, first - 25), first) and _places_label_shares(sentence, shares):
        return False
    if len({share.place for share in shares if share.place}) > 1:
        return True
    settings = set()
    for share in shares:
        m = _SETTING_AFTER_SHARE.match(sentence, position_in_sentence(share) + len(" ".join(share.text.split())))
        if m is None:
            return False
        settings.add(m.group("setting").lower())
    return len(settings) == len(shares)


def _places_label_shares(sentence: str, shares) -> bool:
    """Whether each share's place is named before it and after the share before ("Australia accounted for 58%,
    Ghana for 31%"), as the label of a part; not after it ("62% of workers in Kenya, 71% in Uganda")."""
    end = 0
    for share in shares:
        at = position_in_sentence(share)
        if not share.place or sentence.find(share.place, end, at) < 0:
            return False
        end = at + len(" ".join(share.text.split()))
    return True


_BREAKDOWN_VERB_BEFORE = regex.compile(r"\b(?:(?:accounted|accounts|account)\s+for|(?:made|make|makes)\s+up|"
                                       r"contributed|contributes|represented|represents)\s+(?:about\s+|around\s+|some\s+)?$",
                                       regex.IGNORECASE)
# A share said to be a group's own rate: "78% for men and 64% for women", "12% among girls".
_FOR_A_GROUP_AFTER = regex.compile(r"\s+(?:(?:for|among)\s+(?:the\s+|all\s+)?[a-z]|of\s+(?:all\s+)?(?:men|women|boys|girls|"
                                   r"males|females|adults|children|young\s+people|youths?|rural|urban|older|younger)\b)")


def _group_rates(sentence: str, shares, before=None) -> bool:
    """Whether the shares are each a group's own rate ("The literacy rate was 71%: 78% for men and 64% for
    women"): rates side by side, which need not add up to anything. before: the share listed before them,
    whose own words may show that "for" gives a reason, not a group ("31% were held for drug offences, 24% for
    violence": the verb left out after the first)."""
    if before is not None:
        end = position_in_sentence(before) + len(" ".join(before.text.split()))
        if not _FOR_A_GROUP_AFTER.match(sentence, end) \
                and _VERB_THEN_FOR.match(sentence, end, position_in_sentence(shares[0])):
            return False
    return all(_FOR_A_GROUP_AFTER.match(sentence, position_in_sentence(s) + len(" ".join(s.text.split())))
               for s in shares)


# Rates of groups named before each: "the return rate for aluminium cans was 93.1%, for plastic bottles 88.2% and for
# glass bottles 84.6%".
_RATE_FOR_BEFORE_FIRST = regex.compile(r"\brates?\s+(?:for|of|among|in)\s+[^,;:%]{1,60}?\b(?:was|is|were|are|stood\s+at|"
                                       r"reached|of)\s+(?:(?:about|around|some|nearly|almost|over|just)\s+)?$",
                                       regex.IGNORECASE)
_FOR_A_GROUP_BEFORE = regex.compile(r"(?:,|\band)\s+(?:for|among|in)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?\s+"
                                    r"(?:(?:was|is|at)\s+)?$", regex.IGNORECASE)


def _rates_for_groups_before(sentence: str, shares) -> bool:
    """Whether each share is a rate for the group named before it (see _RATE_FOR_BEFORE_FIRST)."""
    first = position_in_sentence(shares[0])
    return bool(_RATE_FOR_BEFORE_FIRST.search(sentence, max(0, first - 90), first)) and all(
        _FOR_A_GROUP_BEFORE.search(sentence, max(0, position_in_sentence(s) - 50), position_in_sentence(s))
        for s in shares[1:])


# The first of a list of shares with a verb and "for": "31% |were in prison for drug offences, |24% for violence".
_VERB_THEN_FOR = regex.compile(r"(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}?)?"  # ("47% |of adult victims| were referred for")
                               r"\s+(?:were|are|was|is|had\s+been|have\s+been|has\s+been)\s+[^,;:]{0,40}?\bfor\s+"
                               r"[^,;:]{1,40},\s+$", regex.IGNORECASE)


# Parts that split a whole between them: "52% were women and 51% men" cannot both hold.
_COMPLEMENTS = [frozenset(pair) for pair in (("woman", "man"), ("female", "male"), ("girl", "boy"), ("urban", "rural"))]
# A sentence that opens with the whole its shares are of: "Of the 2,300 strikers, ...".
# ("Of international students, 38% come from Asia": a whole with no article, then its comma)
_OF_THE_WHOLE = regex.compile(r"\s*Of\s+(?:(?:the|these|those|its|their|all)\b|[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2},)")


# A measure named before its value, "an on-time performance of| 76.5%" (not a share of a whole, "a share of| 41%").
_MEASURE_OF_BEFORE = regex.compile(r"\b(?P<noun>[a-z][\w-]*)\s+of\s+(?:(?:about|around|some|nearly|almost|over|just|"
                                   r"only)\s+)?$", regex.IGNORECASE)
_PART_NOUNS = frozenset("share shares proportion part portion total sum majority minority fraction percentage "
                        "quarter third half fifth tenth".split())
_WHOLE_NOUN_AFTER = regex.compile(r"\s+of\s+(?:the\s+|all\s+)?(?P<noun>(?-i:[a-z])[\w-]*(?:\s+(?!(?:in|of|for|and|or|"
                                  r"were|was|are|is|at|by|on|to|with|from)\b)(?-i:[a-z])[\w-]*)?)")


def _whole_named_after(sentence: str, share) -> Optional[str]:
    """The whole a share names after it, its head made singular: "86% of firearm deaths" -> "firearm death"."""
    m = _WHOLE_NOUN_AFTER.match(sentence, position_in_sentence(share) + len(" ".join(share.text.split())))
    if m is None:
        return None
    words = m.group("noun").lower().split()
    return " ".join(words[:-1] + [singular(words[-1])])


def _rates_named_before(sentence: str, first) -> bool:
    """Whether the first share is the value of a measure named before it ("achieved an on-time performance of
    76.5%, while easyJet recorded 73.8%"), with no whole after it: the listing gives each one's rate."""
    at = position_in_sentence(first)
    m = _MEASURE_OF_BEFORE.search(sentence, max(0, at - 40), at)
    if m is None or m.group("noun").lower() in _PART_NOUNS:
        return False
    return _OF_A_WHOLE_AFTER.match(sentence, at + len(" ".join(first.text.split()))) is None


def _two_parts_of_one_whole(sentence: str, shares: list) -> bool:
    """Two shares that name two different parts of one whole: of a whole the sentence opens with, or a
    whole split in two ("women" and "men")."""
    if len(shares) != 2 or any(c.part is None for c in shares) or shares[0].part == shares[1].part:
        return False
    if frozenset(c.part for c in shares) in _COMPLEMENTS or _OF_THE_WHOLE.match(sentence):
        return True
    # "Off-trade sales accounted for 73% of alcohol sold and on-trade sales for 31%": the verb left out, one whole
    at = position_in_sentence(shares[1])
    return bool(_ACCOUNTED_FOR.search(sentence, 0, position_in_sentence(shares[0]))
                and _ELLIPTIC_FOR_BEFORE.search(sentence, max(0, at - 40), at))


_ACCOUNTED_FOR = regex.compile(r"\baccount(?:ed|s)?\s+for\s+$", regex.IGNORECASE)
_ELLIPTIC_FOR_BEFORE = regex.compile(r"(?:,|\band)\s+(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+for\s+$")


class SharesTotal(Check):
    id = "shares-total"
    severity = "warning"
    examples = [
        Example("who uses each platform, asked apart (social media surveys)", {
            "a.md": "---\npublished: 2024-01-15\n---\nAmong teenagers, 90% use YouTube, 63% use TikTok and 60% use "
                    "Instagram.\n",
        }, False),
        Example("... in the passive", {
            "a.md": "---\npublished: 2024-01-15\n---\nYouTube is used by 83% of adults, Facebook by 68% and Instagram "
                    "by 47%.\n",
        }, False),
        Example("... but how often they use one thing is one whole (AI adoption surveys)", {
            "a.md": "---\npublished: 2024-01-15\n---\nOf workers using AI, 46% use it daily, 38% use it weekly and 27% "
                    "use it less than once a week.\n",
        }, True, ("46%", "27%")),
        Example("the one platform used most, whose list ends with the rest (social media surveys)", {
            "a.md": "---\npublished: 2024-03-20\n---\nAsked which platform they used most, 45% of teenagers named "
                    "TikTok, 32% Instagram, 20% Snapchat and the remaining 12% YouTube.\n",
        }, True, ("45%", "12%")),
        Example("two parts of one whole, the second's verb left out (alcohol sales)", {
            "a.md": "---\npublished: 2023-06-20\n---\nOff-trade sales accounted for 73% of alcohol sold and on-trade "
                    "sales for 31%.\n",
        }, True, ("73%", "31%")),
        Example("two groups' rates and the gap between them in points (screening uptake)", {
            "a.md": "---\npublished: 2023-11-14\n---\nUptake was 61.6% among men and 66.9% among women, a gap of 5.3 "
                    "percentage points.\n",
        }, False),
        Example("a second breakdown after 'while' (bus journeys)", {
            "a.md": "---\npublished: 2024-06-20\n---\nOf all journeys, 70% were made by adults and 30% by children, "
                    "while 40% were made at peak times.\n",
        }, False),
        Example("... but the rest after a semicolon still adds up (coffee exports)", {
            "a.md": "---\npublished: 2024-02-15\n---\nGreen Arabica accounted for 58% of exports in December and "
                    "Robusta for 33%; soluble coffee made up the remaining 19%.\n",
        }, True, ("58%", "33%", "19%")),
        Example("shares of a good's world output (cocoa markets)", {
            "a.md": "---\npublished: 2024-05-31\n---\nCôte d'Ivoire accounted for 44% of world cocoa output in 2023, Ghana "
                    "for 37% and Ecuador for 29%.\n",
        }, True, ("44%", "37%", "29%")),
        Example("rates of groups compared (screening uptake)", {
            "a.md": "---\npublished: 2023-11-14\n---\nUptake was higher among women (66.9%) than men (61.6%), and lower "
                    "in the most deprived areas (52.4%) than in the least deprived (72.8%).\n",
        }, False),
        Example("needs each reported by some of one group (domestic abuse services)", {
            "a.md": "---\npublished: 2024-02-15\n---\nOf women in refuges in 2023, 64% reported mental health needs, 49% "
                    "reported debt problems and 21% reported a disability.\n",
        }, False),
        Example("... states each of some of one group", {
            "a.md": "---\npublished: 2024-02-15\n---\nOf the survivors we supported, 52% were unemployed, 38% were "
                    "pregnant and 30% were disabled.\n",
        }, False),
        Example("... but not when the last is what the others leave (student support)", {
            "a.md": "---\npublished: 2023-10-05\n---\nOf the students supported, 48% received a bursary and a loan, 39% "
                    "received a loan only, and the remaining 21% received a bursary only.\n",
        }, True, ("48%", "39%", "21%")),
        Example("... but parts named by nouns add up", {
            "a.md": "---\npublished: 2024-02-15\n---\nOf the survivors we supported, 72% were women, 38% were men.\n",
        }, True, ("72%", "38%")),
        Example("shares of two wholes (gun violence statistics)", {
            "a.md": "---\npublished: 2023-09-05\n---\nMen accounted for 86% of firearm deaths, 70% of firearm injuries and "
                    "60% of hospital admissions.\n",
        }, False),
        Example("groups named by their place in a distribution (wealth statistics)", {
            "a.md": "---\npublished: 2023-09-10\n---\nThe richest 1% of households own 40% of the wealth, and the richest "
                    "10% own 75%.\n",
        }, False),
        Example("weights named by words that start like ages (health surveys)", {
            "a.md": "---\npublished: 2020-12-15\n---\nAmong adults, 2% were underweight, 39% were a healthy weight, 36% "
                    "were overweight and 28% were obese.\n",
        }, True, ("2%", "39%", "36%", "28%")),
        Example("each share of the group the one before counted (HIV treatment cascades)", {
            "a.md": "---\npublished: 2023-07-13\n---\nIn 2022, 92% of people living with HIV in Zambia knew their "
                    "status, 94% of those diagnosed were on treatment, and 96% of those on treatment were virally "
                    "suppressed.\n",
        }, False),
        Example("a whole with no article, split by where its people come from (university statistics)", {
            "a.md": "---\npublished: 2024-03-20\n---\nOf international students, 38% come from Asia, 29% from Europe, 21% "
                    "from Africa and 19% from the Americas.\n",
        }, True, ("38%", "29%", "21%", "19%")),
        Example("reasons after a share of a named whole, the verb left out after the first (referral statistics)", {
            "a.md": "---\npublished: 2023-03-02\n---\nIn 2022, 45% of adult victims were referred for labour "
                    "exploitation, 31% for sexual exploitation, 22% for criminal exploitation and 8% for domestic "
                    "servitude.\n",
        }, True, ("45%",)),
        Example("each operator's rate, the first named as a measure (aviation statistics)", {
            "a.md": "---\npublished: 2024-05-10\n---\nOrla Air achieved an on-time performance of 78.5% in 2023, while "
                    "Skylane recorded 74.2% and Nordjet 69.9%.\n",
        }, False),
        Example("... but shares of one whole named as a share", {
            "a.md": "---\npublished: 2024-05-10\n---\nIn 2023 wind had a share of 44% of electricity, solar 33%, hydro "
                    "19% and gas 14%.\n",
        }, True, ("44%",)),
        Example("one whole split by place (homelessness counts)", {
            "a.md": "---\npublished: 2024-02-29\n---\nOf the people sleeping rough, 27% were in London, 18% in the South "
                    "East, 14% in the South West, 12% in the North West, 11% in the East of England, 9% in the West "
                    "Midlands, 8% in Yorkshire, 7% in the East Midlands and 5% in the North East.\n",
        }, True, ("27%", "5%")),
        Example("a rate and the rates of its groups (education statistics)", {
            "a.md": "---\npublished: 2023-03-15\n---\nThe adult literacy rate was 71% in 2021: 78% for men and 64% "
                    "for women.\n",
        }, False),
        Example("... and listed without a colon", {
            "a.md": "---\npublished: 2023-03-15\n---\nLiteracy stood at 94%, 95% for men and 93% for women.\n",
        }, False),
        Example("shares by reason, 'for' after the first share's verb (prison statistics)", {
            "a.md": "---\npublished: 2024-03-15\n---\nOf sentenced prisoners in 2023, 31% were in prison for drug "
                    "offences, 24% for violence, 19% for theft, 14% for sexual offences and 21% for other offences.\n",
        }, True, ("31%", "21%")),
        Example("... and the rates of groups after a rate of all", {
            "a.md": "---\npublished: 2024-03-15\n---\nIn 2023, 62% of adults were in work, 68% for men and 57% for "
                    "women.\n",
        }, False),
        Example("a party named National is no national rate (election polls)", {
            "a.md": "---\npublished: 2024-06-01\n---\nThe poll put the parties as follows: Progressive Alliance 35%, "
                    "National Party 33%, Greens 16%, Liberal Democrats 13% and Others 7%.\n",
        }, True, ("35%", "7%")),
        Example("a rate of adults, then of men and of women (financial inclusion surveys)", {
            "a.md": "---\npublished: 2024-02-28\n---\nIn 2023, 48% of adults had a mobile money account: 55% of men and "
                    "41% of women.\n",
        }, False),
        Example("one whole split by destination, the rest last (trade statistics)", {
            "a.md": "---\npublished: 2021-04-10\n---\nThe European Union took 45% of Marvena's agri-food exports in 2020, "
                    "China 30%, the Middle East 20% and other markets 15%.\n",
        }, True, ("45%", "15%")),
        Example("... that adds up", {
            "a.md": "---\npublished: 2021-04-10\n---\nThe European Union took 45% of Marvena's agri-food exports in 2020, "
                    "China 30%, the Middle East 15% and other markets 10%.\n",
        }, False),
        Example("two breakdowns on either side of a semicolon (immunisation reports)", {
            "a.md": "---\npublished: 2024-03-01\n---\nOf the children vaccinated, 55% were girls and 45% were boys; 62% "
                    "lived in rural areas.\n",
        }, False),
        Example("a region's rate beside the national one", {
            "a.md": "---\npublished: 2024-03-01\n---\nIn the Northern Province, DTP3 coverage was 71% in 2023 (national: "
                    "84%), and MCV1 coverage 64%.\n",
        }, False),
        Example("62 + 31 + 15 = 108%", {
            "a.md": "---\npublished: 2017-04-20\n---\nOf the 1,140 children injured in 2016: 62% were pedestrians, 31% were cyclists and 15% were passengers.\n",
        }, True, ("62%", "31%", "15%")),
        Example("55 + 30 + 15 = 100%", {
            "a.md": "---\npublished: 2017-04-20\n---\nOf the 1,140 children injured in 2016: 55% were pedestrians, 30% were cyclists and 15% were passengers.\n",
        }, False),
        Example("a level, an old level and a target are not shares of one whole", {
            "a.md": "---\npublished: 2021-01-01\n---\nCoverage of the first dose reached 93%, against 81% five years ago and a target of 95%.\n",
        }, False),
        Example("a share, its gap to another and the other are no parts of one whole (election turnout)", {
            "a.md": "---\npublished: 2024-06-22\n---\nTurnout in the province was 72.3%, 3.9 percentage points "
                    "above the national turnout of 68.4%.\n",
        }, False),
        Example("ratios to GDP are no shares of it", {
            "a.md": "---\npublished: 2024-01-20\n---\nThe budget deficit was 3.1% of GDP and public debt 58% of GDP, "
                    "while revenue reached 41% of GDP.\n",
        }, False),
        Example("children, women and a nationality overlap", {
            "a.md": "---\npublished: 2024-01-20\n---\nOf the 6,420 people rescued, 38% were children, 41% were women and "
                    "35% were Syrians.\n",
        }, False),
        Example("women, girls, men and boys are one split", {
            "a.md": "---\npublished: 2024-01-20\n---\nOf the victims, 49% were women, 33% girls, 22% men and 6% boys.\n",
        }, True, ("49%", "6%")),
        Example("one year for the whole listing", {
            "a.md": "---\npublished: 2024-01-20\n---\nSolar supplied 18% of electricity in 2023, wind 27%, hydro 12%, "
                    "gas 35% and coal 14%.\n",
        }, True, ("18%", "14%")),
        Example("shares of two years", {
            "a.md": "---\npublished: 2024-01-20\n---\nSolar supplied 18% of electricity in 2023 and 12% in 2022, "
                    "against 75% for gas.\n",
        }, False),
        Example("11 + 7 + 38 and the remaining 40 = 96%", {
            "a.md": "---\npublished: 2024-01-20\n---\nSolar supplies 11 per cent of the power, wind 7 per cent and "
                    "hydropower 38 per cent, with fossil fuels making up the remaining 40 per cent.\n",
        }, True, ("11 per cent", "40 per cent")),
        Example("11 + 7 + 38 and the remaining 44 = 100%", {
            "a.md": "---\npublished: 2024-01-20\n---\nSolar supplies 11 per cent of the power, wind 7 per cent and "
                    "hydropower 38 per cent, with fossil fuels making up the remaining 44 per cent.\n",
        }, False),
        Example("shares by age, the last 'N or older' (marathon results)", {
            "a.md": "In 2024, 31% of finishers were under 35, 44% were aged 35 to 49 and 33% were 50 or older.\n",
        }, True, ("31%", "44%", "33%")),
        Example("shares of one measure by grade (food hygiene ratings)", {
            "a.md": "Of all rated premises at the end of 2023, 71% were rated 5, 19% were rated 4, 8% were rated 3 and "
                    "5% were rated 2 or below.\n",
        }, True, ("71%", "19%", "8%", "5%")),
        Example("a list under a lead-in, each item's label then its share of one whole (lifeboat statistics)", {
            "a.md": "The main causes of lifeboat launches in 2023 were:\n\n- machinery failure: 38% of launches;\n"
                    "- people cut off by the tide: 27% of launches;\n- swimmers in difficulty: 22% of launches;\n"
                    "- vessels aground: 19% of launches.\n",
        }, True, ("38%", "27%", "22%", "19%")),
        Example("... but shares of two wholes are not summed", {
            "a.md": "Men accounted for 86% of firearm deaths and 70% of firearm injuries.\n",
        }, False),
        Example("rates for groups named before each are no shares of one whole (deposit return schemes)", {
            "a.md": "In 2024 the return rate for aluminium cans was 93.1%, for plastic bottles 88.2% and for glass "
                    "bottles 84.6%.\n",
        }, False),
        Example("shares after 'with' that cannot be parts of the first are the rest of its whole (water supply)", {
            "a.md": "In 2023-24, desalinated water made up 31 per cent of the drinking water supply, with dams providing "
                    "48 per cent, recycled water 14 per cent and groundwater 12 per cent.\n",
        }, True, ("31 per cent", "48 per cent", "14 per cent", "12 per cent")),
        Example("statements respondents agreed with apart overlap (teacher exit surveys)", {
            "a.md": "Asked about their last year, 71% said they regularly worked more than 50 hours a week, 64% said "
                    "they had experienced stress-related illness and 38% said they had considered leaving.\n",
        }, False),
        Example("... as do the reasons they cited (foster carer surveys)", {
            "a.md": "In our survey of 1,850 carers, 42% said they had considered quitting because of money, 35% cited "
                    "lack of support, and 31% cited the emotional toll.\n",
        }, False),
        Example("... but not the answers to one question", {
            "a.md": "Asked about the service, 55% said they were satisfied, 41% said they were dissatisfied and 12% "
                    "said they did not know.\n",
        }, True, ("55%", "41%", "12%")),
        Example("different attributes of one group overlap", {
            "a.md": "---\npublished: 2022-11-14\n---\nOf 400,000 teachers, 62% of them are women, 41% are under 40 and 35% "
                    "have a master's degree.\n",
        }, False),
        Example("shares short of 100 without 'the rest' may leave some out", {
            "a.md": "---\npublished: 2024-01-20\n---\nSolar supplies 11 per cent of the power, wind 7 per cent and "
                    "hydropower 38 per cent.\n",
        }, False),
        Example("a change and a level are not shares", {
            "a.md": "---\npublished: 2017-04-20\n---\nHelmet use rose by 71% to 88% of riders, up from 38% in 2014.\n",
        }, False),
        Example("rates of different provinces are no shares of one whole", {
            "a.md": "---\npublished: 2024-01-20\n---\nPoverty rates were 42% in Sabir province, 39% in Dunmore province "
                    "and 35% in Kell province.\n",
        }, False),
        Example("rates in different regions", {
            "a.md": "---\npublished: 2024-01-20\n---\nStunting affects 42% of children in the north, 39% in the east and "
                    "35% in the south.\n",
        }, False),
        Example("five whole-number shares may add up to 102 by rounding", {
            "a.md": "---\npublished: 2024-05-07\n---\nThe poll put Labour on 38%, the Greens on 32%, the Liberals on 17%, "
                    "Reform on 9% and others on 6%.\n",
        }, False),
        Example("... but not to 104", {
            "a.md": "---\npublished: 2024-05-07\n---\nThe poll put Labour on 38%, the Greens on 32%, the Liberals on 17%, "
                    "Reform on 9% and others on 8%.\n",
        }, True, ("38%", "8%")),
        Example("a share broken down after 'with' is not added to its parts", {
            "a.md": "---\npublished: 2024-02-11\n---\nForeign guests accounted for 62% of overnight stays in 2023, with "
                    "Germans making up 28% and Dutch visitors 15%.\n",
        }, False),
        Example("answers to a question with several answers each", {
            "a.md": "---\npublished: 2024-02-01\n---\nAsked which online services they had used in the past year, 64% of "
                    "respondents named tax filing, 48% named health appointments and 37% named vehicle registration.\n",
        }, False),
        Example("shares after a colon that make up the share before it", {
            "a.md": "---\npublished: 2024-03-01\n---\nRenewables supplied 58% of Valdoria's electricity in 2023: wind "
                    "36%, solar 14% and hydro 8%.\n",
        }, False),
        Example("... and ones that do not", {
            "a.md": "---\npublished: 2024-03-01\n---\nRenewables supplied 52% of Valdoria's electricity in 2023: wind "
                    "36%, solar 14% and hydro 8%.\n",
        }, True, ("52%", "36%", "14%", "8%")),
        Example("two parts of a whole that opens the sentence", {
            "a.md": "---\npublished: 2024-03-01\n---\nOf the 2,300 strikers in Valdoria, 56% were women and 48% were "
                    "men.\n",
        }, True, ("56%", "48%")),
        Example("... that add up", {
            "a.md": "---\npublished: 2024-03-01\n---\nOf the 2,300 strikers in Valdoria, 56% were women and 44% were "
                    "men.\n",
        }, False),
        Example("a company's production split among countries (mining reports)", {
            "a.md": "---\npublished: 2024-02-22\n---\nAustralia accounted for 58% of group production, Ghana for 31% and "
                    "Canada for 19%.\n",
        }, True, ("58%", "31%", "19%")),
        Example("... but not one part's shares in several countries", {
            "a.md": "---\npublished: 2024-02-22\n---\nWomen accounted for 62% of workers in Kenya, 71% in Uganda and "
                    "55% in Tanzania.\n",
        }, False),
        Example("... nor rates of countries side by side", {
            "a.md": "---\npublished: 2024-02-22\n---\nUnemployment was 58% in Australia, 31% in Ghana and 19% in "
                    "Canada.\n",
        }, False),
        Example("a company's output split among its mines (mining reports)", {
            "a.md": "---\npublished: 2024-02-22\n---\nBluewater accounted for 58% of group output, Red Ridge for 31% and "
                    "Tanami East for 19%.\n",
        }, True, ("58%", "31%", "19%")),
        Example("an age band beside the sexes is another attribute (cinema audiences)", {
            "a.md": "---\npublished: 2024-03-01\n---\nAudiences were 54% male and 46% female, and 61% of ticket buyers "
                    "were between 18 and 34 years old.\n",
        }, False),
        Example("two revisions, the second with its verb left out (statistical releases)", {
            "a.md": "---\npublished: 2024-03-15\n---\nThe rate for women has been revised from 28.0% to 29.1%, and for "
                    "men from 26.8% to 27.5%.\n",
        }, False),
        Example("two parts, the second's verb left out (pay statistics)", {
            "a.md": "---\npublished: 2023-11-22\n---\nWomen make up 58% of the workers who will benefit from the "
                    "increase, and men 46%.\n",
        }, True, ("58%", "46%")),
        Example("age bands of a group named in four words (health service statistics)", {
            "a.md": "---\npublished: 2023-06-20\n---\n46% of people referred in 2022 were aged 18 to 34, 38% were aged 35 "
                    "to 54 and 24% were aged 55 and over.\n",
        }, True, ("46%", "38%", "24%")),
        Example("two shares, the second what the first leaves (gambling statistics)", {
            "a.md": "---\npublished: 2023-07-10\n---\nOnline accounted for 45% of total revenue, with land-based venues "
                    "making up the remaining 61%.\n",
        }, True, ("45%", "61%")),
        Example("... that add up", {
            "a.md": "---\npublished: 2023-07-10\n---\nOnline accounted for 45% of total revenue, with land-based venues "
                    "making up the remaining 55%.\n",
        }, False),
        Example("... or that leave a share an earlier sentence gave (waste statistics)", {
            "a.md": "---\npublished: 2021-07-10\n---\nThe recycling rate reached 31.4% in 2020. The landfill rate fell to "
                    "52% and incineration accounted for the remaining 16.6%.\n",
        }, False),
        Example("shares that each restate a count of their own (project surveys)", {
            "a.md": "---\npublished: 2023-11-08\n---\nCost overruns are the rule: of the 41 projects in our survey, 29 were "
                    "over budget, or 71%, and 33 were behind schedule, or 80%.\n",
        }, False),
        Example("platforms ranked by use, the next sentence saying answers could be several (social media surveys)", {
            "a.md": "---\npublished: 2024-04-02\n---\nFacebook was the most popular platform, used by 68% of "
                    "respondents, followed by WhatsApp (64%) and YouTube (60%). Respondents could name more than one "
                    "platform.\n",
        }, False),
        Example("... but a single-answer question in the paragraph after is one whole", {
            "a.md": "---\npublished: 2024-04-02\n---\nRespondents could name more than one platform.\n\nAsked "
                    "which platform they used most, 48% said Facebook, 41% WhatsApp and 30% YouTube.\n",
        }, True, ("48%", "30%")),
        Example("shares in a bulleted list under a lead-in line (parcel markets)", {
            "a.md": "---\npublished: 2024-10-08\n---\nShares of the UK parcel market in 2023 were:\n\n- Albion Mail: 40%\n"
                    "- Parcelwise: 27%\n- SwiftDrop: 22%\n- Courier Express: 18%\n",
        }, True, ("40%", "27%", "22%", "18%")),
        Example("... but each region's rate under a rate's name, listed or in a sentence (immunisation reports)", {
            "a.md": "---\npublished: 2024-03-01\n---\nVaccination coverage by region in 2023:\n\n- North: 92%\n"
                    "- South: 88%\n- East: 79%\n",
            "b.md": "---\npublished: 2024-03-01\n---\nVaccination coverage by region in 2023: North 92%, South 88% and East "
                    "79%.\n",
        }, False),
        Example("a turnout beside a ballot's split is a share of another whole (union ballots)", {
            "a.md": "---\npublished: 2024-03-15\n---\nMembers backed the deal by 78% to 22% on a turnout of 71%.\n",
        }, False),
        Example("shares of rides by what each did (bike-share statistics)", {
            "a.md": "---\npublished: 2024-05-14\n---\nIn 2023, 62% of rides were on e-bikes, 38% were commuting trips and "
                    "27% started or ended at a rail station.\n",
        }, False),
        Example("a table of rates in groups and in all of them (physical activity statistics)", {
            "a.md": "---\npublished: 2024-05-20\n---\n| Age group | Boys (%) | Girls (%) | All (%) |\n|---|---|---|---|\n"
                    "| 5 to 8 | 56.1 | 50.2 | 53.2 |\n| 9 to 12 | 51.8 | 41.5 | 46.7 |\n",
        }, False),
    ]

    def _parts_of_a_share(self, whole: Claim, parts: list, config: AuditConfig) -> Iterable[Finding]:
        if not isinstance(whole.value, float) or any(p.qualifier != "exact" for p in parts):
            return
        slack = max(config.tolerances.shares_total, sum(half_last_digit(c) for c in parts + [whole]))
        total = sum(p.value for p in parts)
        if abs(total - whole.value) > slack:
            listing = " + ".join(fmt(p.value) for p in parts)
            message = (f"{name(whole)} line {whole.line}: the shares listed after {quote(whole)} add up to "
                       f"{fmt(total)}% ({listing}), not {fmt(whole.value)}%.")
            yield self.finding(message, [(whole, "whole")] + [(p, "share") for p in parts],
                               {"sum_percent": total, "whole_percent": whole.value})

    def run(self, aligned: Alignment, config: AuditConfig) -> Iterable[Finding]:
        # (a list under a lead-in line is read as one sentence: "Shares of the market were:" over "- Albion: 40%")
        for finding in self._run(aligned, config):
            yield aligned.as_written(finding)

    def _run(self, aligned: Alignment, config: AuditConfig) -> Iterable[Finding]:
        for claims in chain(aligned.sentences(), aligned.listings()):
            shares = [c for c in claims if c.kind == "percent" and c.change is None and isinstance(c.value, float)
                      # (not a difference in points: "61.6% among men and 66.9% among women, a gap of 5.3 percentage
                      # points")
                      and not _IN_POINTS.search(c.text)
                      # (not a group named by its place in a distribution: "the richest 1% of households")
                      and not _PERCENTILE_BEFORE.search(c.sentence, max(0, position_in_sentence(c) - 14),
                                                        position_in_sentence(c))]
            if len(shares) < 2:
                continue
            if any(c.cell is not None and is_total_label(c.cell.column_label) and abs(c.value - 100.0) > 1.0
                   for c in shares):
                # "| 5 to 8 | 56.1 | 50.2 | 53.2 |" under "Boys (%)", "Girls (%)", "All (%)": a row of rates in groups
                # and in all of them together, no parts of one whole (whose total column would say 100)
                continue
            if any((c.subject_head or "").lower() in OUTPUT_MEASURES and not _A_BODYS_OUTPUT.search(c.subject or "")
                   for c in shares):
                continue  # "a deficit of 3.1% of GDP and debt of 58% of GDP": ratios to output, not parts of it
            sentence = claims[0].sentence
            if _COMPARED_GROUPS.search(sentence):
                continue  # "Uptake was higher among women (66.9%) than men (61.6%)": rates of groups, compared
            # "backed the deal by 78% to 22% on a turnout of 71%": a share named as a measure of its own ("a
            # turnout of") beside unnamed ones is no part of their whole
            named = [c for c in shares if _NAMED_MEASURE_BEFORE.search(
                sentence, max(0, position_in_sentence(c) - 40), position_in_sentence(c))]
            if named and len(named) < len(shares):
                shares = [c for c in shares if c not in named]
                if len(shares) < 2:
                    continue
            if all(_RESTATES_A_COUNT_BEFORE.search(sentence, max(0, position_in_sentence(c) - 40),
                                                   position_in_sentence(c)) for c in shares):
                # "29 were over budget, or 71%, and 33 were behind schedule, or 80%": each share restates its count,
                # whose parts-whole is the counts' to check
                continue
            if ";" in sentence or _OTHER_BREAKDOWN.search(sentence):
                # "55% were girls and 45% boys; 62% lived in rural areas", "70% were made by adults and 30% by
                # children, while 40% were made at peak times": two breakdowns, one on each side; the shares of the
                # first clause with two or more are the list (but not before what the others leave: "...; soluble
                # coffee made up the remaining 19%")
                runs: list[list[Claim]] = [[shares[0]]]
                for before, after in zip(shares, shares[1:]):
                    between = sentence[position_in_sentence(before):position_in_sentence(after)]
                    if (";" in between or _OTHER_BREAKDOWN.search(between)) and not _REMAINING_SHARE_BEFORE.search(
                            sentence, max(0, position_in_sentence(after) - 25), position_in_sentence(after)):
                        runs.append([])
                    runs[-1].append(after)
                shares = next((run for run in runs if len(run) >= 2), [])
                if len(shares) < 2:
                    continue
            colon = sentence.find(":")
            after_colon = [c for c in shares if position_in_sentence(c) > colon] if colon != -1 else []
            if len(after_colon) >= 2 and len(after_colon) == len(shares) - 1 and position_in_sentence(shares[0]) < colon:
                # "Renewables supplied 58% of electricity: wind 36%, solar 14% and hydro 8%": the shares after the
                # colon are parts of the share before it, which they must add up to
                if not _group_rates(sentence, after_colon) and not _NOT_ONE_WHOLE.search(sentence):
                    yield from self._parts_of_a_share(shares[0], after_colon, config)
                continue
            listed = colon != -1 and all(position_in_sentence(c) > colon for c in shares)
            if listed and _RATE_BEFORE_COLON.search(sentence, 0, colon) and not _SPLIT_BEFORE_COLON.search(sentence, 0, colon):
                continue  # "Vaccination coverage by region: North 92%, South 88%": each one's rate, no whole's parts
            # ("Online took 45% of GGY, with land-based venues making up the remaining 61%": two shares, the second
            # what the first leaves)
            one_whole = len(shares) >= 3 or listed or _two_parts_of_one_whole(sentence, shares)
            if not (one_whole or _REMAINING_SHARE_BEFORE.search(sentence, max(0, position_in_sentence(shares[-1]) - 25),
                                                                position_in_sentence(shares[-1]))):
                continue
            # (from just before the first share: "revised from| 28.0% to 29.1%")
            listed_part = sentence[max(0, position_in_sentence(shares[0]) - 5):]
            # Shares of one whole at one time: a level, an old level and a target are not shares.
            if _NOT_ONE_WHOLE.search(listed_part) or len(set(YEAR_IN_TEXT.findall(listed_part))) > 1:
                continue
            # (or the sentence before or after says so: "Respondents could name more than one platform.")
            if _MANY_ANSWERS.search(aligned.doc(shares[0]).neighbours(shares[0])) \
                    and not _ends_with_the_rest(sentence, shares[-1]):
                # (unless the list says it is the whole: "... and the remaining 12% YouTube")
                continue  # "Asked which services they had used, 64% named tax filing, 48% ...": several answers each
            # ("Of the people sleeping rough, 27% were in London, 18% in the South East, ...": one whole split by
            # place, not rates side by side)
            if _different_attributes(sentence, shares) or _own_settings(sentence, shares) \
                    and not _OF_THE_WHOLE.match(sentence) and not _ends_with_the_rest(sentence, shares[-1]) \
                    or _group_rates(sentence, shares[1:], before=shares[0]) or _rates_for_groups_before(sentence, shares):
                continue
            if len({w for w in (_whole_named_after(sentence, c) for c in shares) if w}) > 1:
                continue  # "Men accounted for 86% of firearm deaths, 70% of firearm injuries": shares of two wholes
                # (not a list's labels: "- swimmers in difficulty: 22% of launches" names the part, launches the whole)
            if any(_OF_THE_LAST_GROUP_AFTER.match(sentence, position_in_sentence(c) + len(c.text)) for c in shares[1:]):
                continue  # "92% knew their status, 94% of those diagnosed were on treatment": each of the one before
            if _rates_named_before(sentence, shares[0]):
                continue  # "an on-time performance of 76.5%, while easyJet recorded 73.8% and Wizz Air 69.4%"
            remaining = _REMAINING_SHARE_BEFORE.search(sentence, max(0, position_in_sentence(shares[-1]) - 25),
                                                       position_in_sentence(shares[-1]))
            if not remaining and _NESTED_AFTER_FIRST.search(sentence, position_in_sentence(shares[0]),
                                                            position_in_sentence(shares[1])) \
                    and sum(c.lower if isinstance(c.lower, float) else 0.0 for c in shares[1:]) \
                    <= (shares[0].upper if isinstance(shares[0].upper, float) else 100.0) + config.tolerances.shares_total:
                continue  # "62% of stays, with Germans making up 28% and Dutch visitors 15%": parts of the 62% (but not
                # "31% of the supply, with dams providing 48%, recycled water 14% ...", more than it: the rest of it)
            # (each share rounded on its own: five whole-number shares may add up to 102.5)
            slack = max(config.tolerances.shares_total, sum(half_last_digit(c) for c in shares))
            # (the sum is of the least each share allows: "about 35%" counts 31.5, and the listing says so)
            listing = " + ".join(fmt(c.value) if c.lower == c.value or not isinstance(c.lower, float)
                                 else f"{fmt(c.lower)} (for {quote(c)})" for c in shares)
            total = sum(c.lower if isinstance(c.lower, float) else 0.0 for c in shares)
            if total > 100.0 + slack:
                message = (f"{name(shares[0])} line {shares[0].line}: shares listed together add up to "
                           f"{fmt(total)}% ({listing}), more than 100%.")
                yield self.finding(message, [(c, "share") for c in shares], {"sum_percent": total})
                continue
            if not one_whole:
                continue  # (two shares, the second "the remaining": what an earlier sentence's share leaves too)
            last = shares[-1]
            at_last = position_in_sentence(last)
            if not _THE_REST_BEFORE.search(sentence, max(0, at_last - 25), at_last):
                continue
            most = sum(c.upper if isinstance(c.upper, float) else float("inf") for c in shares)
            if most < 100.0 - slack:
                message = (f"{name(shares[0])} line {shares[0].line}: the shares end with {quote(last)}, the "
                           f"rest of the whole, yet add up to {fmt(most)}% ({listing}), not 100%.")
                yield self.finding(message, [(c, "share") for c in shares], {"sum_percent": most})
