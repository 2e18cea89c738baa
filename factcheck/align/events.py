"""Events on a timeline: what was launched, passed or adopted, and when each document says it was.

An `EventMention` joins a named thing ("the Blue Heart Campaign"), an action class
("start": launched, adopted, endorsed, joined...) and the interval of dates the
document allows. Dates come from date claims ("In April 2010, Mexico became the
first country to launch..."), from sentences that order events ("After its reform
in 2014, we endorsed..." puts the endorsement after 2014) and from relative time
resolved against the document's date ("After 6 years of its launch", in a story
dated 30 July 2016; "its 50th anniversary in 2024"). Primacy claims ("the first
country in the world to launch it") ride along as evidence.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Iterable, Optional

import regex
from pydantic import BaseModel, ConfigDict, Field

from ..extract import context
from ..models import Claim
from ..spans import find_span
from .keys import TIME_NOUNS, YEAR_IN_TEXT

# Action classes: different verbs for the same act. A country that "launched", "adopted",
# "endorsed" or "joined" a campaign started taking part in it; a law "passed", "enacted"
# or "approved" is one passage. Kept small and documented; never tuned to a corpus.
ACTION_CLASSES = {
    "launch": "start", "adoption": "start", "endorsement": "start", "accession": "start",
    "creation": "start", "opening": "start", "start": "start", "introduction": "start",
    "passage": "passage", "signature": "passage",
    "ratification": "ratification",
    "publication": "publication",
    "reform": "reform",
    "relaunch": "relaunch",
    "election": "election",
    "completion": "completion",
    "announcement": "announcement",
    "closure": "closure",
    "entry into force": "entry into force",  # ("came into force", "took effect": a law starts to apply)
    "holding": "holding",  # ("the census was held on", "conducted")
    "acquisition": "acquisition",  # ("Halvern acquired Brisk Optics in 2009")
    "listing": "listing",  # ("was listed on the Zurich stock exchange in 1986")
    "landfall": "landfall",  # ("Hurricane Marisol made landfall on 28 August 2023")
    "eruption": "eruption",  # ("Mount Vesra erupted in June 1991")
    "expiry": "expiry",  # ("The patent on Cardiovex expires in 2029")
    "maiden flight": "maiden flight", "landing": "landing",  # ("made its maiden flight", "landed on the Moon")
}

# Named things that are launched or passed, as opposed to the organisations that act.
THING_HEADS = {
    "campaign", "program", "programme", "initiative", "law", "act", "convention", "protocol", "plan", "strategy",
    "project", "bridge", "tunnel", "treaty", "agreement", "reform", "bill", "scheme", "fund", "network",
    "index", "award", "prize", "declaration", "charter", "road", "highway", "railway", "line", "corridor",
    "hotline", "helpline", "service", "app", "portal", "platform", "register", "registry",
}
ACTOR_HEADS = {
    "office", "agency", "ministry", "commission", "committee", "council", "unit", "secretariat", "institute",
    "court", "organization", "organisation", "center", "centre", "foundation", "coalition", "alliance", "party",
    "authority", "regulator", "administration", "bureau", "board", "department", "bank", "journal", "parliament",
    "assembly", "senate", "congress", "government",
}
GENERIC_NAME_WORDS = {"mexican", "national", "federal", "general", "new", "un", "unodc", "the", "of", "for", "and",
                      "on", "against", "to", "in", "de", "la", "del", "a", "an", "united", "nations"}


MEASURE_KINDS = frozenset({"count", "percent", "money", "quantity", "rate"})


class EventMention(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True)

    entity: str = Field(description="Comparable key of the named thing ('blue heart').")
    entity_name: str
    action: str = Field(description="Action class: start, passage, publication, reform...")
    earliest: dt.date
    latest: dt.date
    source: str
    published: Optional[dt.date]
    claims: list[Claim] = Field(description="The date or duration claims that date the event.")
    primacy: list[Claim] = Field(default_factory=list, description="'the first ... to do it' claims about it.")
    relative: bool = Field(default=False, description="Dated by relative time against the document's date.")
    planned: bool = Field(default=False, description="A plan: dated after the document was published.")
    wording: str = Field(default="", description="How the document puts it, for messages.")
    actor: Optional[str] = Field(default=None, description="Who joined, signed or ratified it ('finland'), where "
                                 "the sentence says: each member's accession is an event of its own.")


# Capitalised words that open a sentence or clause, not a name: "Before the Arden Bridge was opened".
LEADING_NON_NAME = {"the", "before", "after", "since", "when", "while", "following", "during", "in", "on", "by",
                    "until", "once", "as", "at", "from", "for", "with", "this", "that", "its", "their", "our"}


def name_key(name: str) -> str:
    """'the United Nations Office on Drugs and Crime's Blue Heart Campaign against ...' -> 'blue heart'. A
    country the name says it is of keeps its place in the key: "Nigeria's National Action Plan" and "the National
    Action Plan on Human Trafficking in Nigeria" -> 'nigeria: action', no key for Ghana's plan."""
    owner = _OWNER_PLACE.search(name)
    place = context.place_name(owner.group("place")) if owner is not None else None
    key = _name_key(name)
    if place is None:
        # "The Manchester Hopper scheme": a place before a name of its own is whose it is, as "Manchester's Hopper
        # scheme" ("the Paris Agreement" and "London Bridge" have no name but the place's)
        leading = _leading_place(name)
        if leading is not None:
            place, rest = leading
            return f"{place.lower()}: {rest}"
    return f"{place.lower()}: {key}" if place and place.lower() not in key else key


def event_key(sentence: str, entity_name: str) -> str:
    """name_key of the named thing with the country the sentence says it is of, right before the name:
    "Nigeria's| National Action Plan" is no other plan than "the National Action Plan ... in Nigeria", and
    not Ghana's."""
    at = sentence.find(entity_name)
    if at < 0:
        return name_key(entity_name)
    # "the fourth National Family Health Survey", "the 2012 round of the Labour Force Survey": one round of a
    # series, whose date is not another round's
    edition = _EDITION_BEFORE.search(sentence, max(0, at - 40), at)
    suffix = f" #{edition.group('edition').lower()}" if edition is not None else ""
    # "Construction of the Marra Solar Park began in 2019", "launched a review of the Programme": what began is
    # the work on the thing, not the thing
    work = _WORK_ON_BEFORE.search(sentence, max(0, at - 40), at) \
        or _WORK_AT_BEFORE.search(sentence, max(0, at - 80), at)
    if work is not None and not _WHICH_WAS_AFTER.match(sentence, at + len(entity_name)):
        # (but "released the review of the Strategy, which was launched in 2018": the Strategy's own launch)
        suffix += f" #{work.group('work').lower()}"
    # "the Human Tissue Act 2004" and "the Human Tissue (Authorisation) (Scotland) Act 2019": two laws, told apart
    # by the year their names end with
    law_year = _LAW_YEAR_AFTER.match(sentence, at + len(entity_name))
    if law_year is not None and (law_year.group("head") or _LAW_HEAD_AT_END.search(entity_name)):
        suffix += f" {law_year.group('year')}"
    possessor = _POSSESSOR_BEFORE.search(sentence, max(0, at - 40), at)
    owner = possessor or _PLACE_AFTER_NAME.match(sentence, at + len(entity_name))
    if owner is not None and context.place_name(owner.group("place")):
        return name_key(f"{owner.group('place')}'s {entity_name}") + suffix
    # (the whole owner's name: not "Crime's" of "the United Nations Office on Drugs and Crime's")
    body = _owning_body(possessor.group("place")) if possessor is not None \
        and not _NAME_GOES_ON_BEFORE.search(sentence, max(0, possessor.start() - 30), possessor.start()) else None
    if body is not None and ": " not in name_key(entity_name):
        # "Yorkshire Water's Drought Plan": the company's plan, no other water company's (see owned_keys)
        return f"{body}: {name_key(entity_name)}" + suffix
    return name_key(entity_name) + suffix


_NAME_GOES_ON_BEFORE = regex.compile(r"[A-Z][\w'’-]*\s+(?:and|of|on|for|&|de|del)\s+$")
# Owners in the possessive that are no body of their own: "the Government's plan", "Monday's Budget".
_NO_OWNING_BODY = GENERIC_NAME_WORDS | ACTOR_HEADS | set(
    "government state country city company group firm monday tuesday wednesday thursday friday saturday sunday "
    "january february march april may june july august september october november december this last next year "
    "today yesterday tomorrow".split())


def _owning_body(owner: str) -> Optional[str]:
    """The body a possessive names as a thing's owner, lower-cased ("Yorkshire Water's" -> "yorkshire water"), or
    None for a place and for words that name no one body ("The Government's")."""
    words = [w.lower() for w in owner.split()]
    while words and words[0] in LEADING_NON_NAME:
        words = words[1:]
    if not words or all(w in _NO_OWNING_BODY for w in words) or context.place_name(owner):
        return None
    return " ".join(words)


def law_year_keys(events: list["EventMention"]) -> dict[str, str]:
    """Keys of laws named without their year ("the Human Tissue Act": 'human tissue'), mapped to the one key with a
    year the corpus gives that name ('human tissue 2004'), where it gives one only."""
    with_year: dict[str, set[str]] = {}
    for e in events:
        m = _KEY_WITH_YEAR.fullmatch(e.entity)
        if m is not None:
            with_year.setdefault(m.group("name"), set()).add(e.entity)
    return {name: keys.pop() for name, keys in with_year.items() if len(keys) == 1}


_KEY_WITH_YEAR = regex.compile(r"(?P<name>.+) (?:19|20)\d\d")


def owned_keys(events: list["EventMention"]) -> dict[str, str]:
    """Keys of things named with their owner before them ("the Yorkshire Water Drought Plan": 'yorkshire water
    drought'), mapped to the key the owner's possessive gives ("Yorkshire Water's Drought Plan": 'yorkshire water:
    drought'), where the corpus writes both."""
    owned: dict[str, str] = {}
    for e in events:
        if ": " in e.entity:
            owner, _ = e.entity.split(": ", 1)
            owned.setdefault(_name_key(f"{owner} {e.entity_name}"), e.entity)
    return owned


def head_keys(events: list["EventMention"]) -> dict[tuple[str, str], str]:
    """Where the corpus names two things of one key by different heads ("the Memory Matters Fund" and "the Memory
    Matters Network"), (key, name) mapped to the key with its head: 'memory matters #fund', 'memory matters
    #network'. A name with no head stays with the key alone."""
    heads: dict[str, set[str]] = defaultdict(set)
    for e in events:
        head = _thing_head(e.entity_name)
        if head is not None:
            heads[e.entity].add(head)
    return {(e.entity, e.entity_name): f"{e.entity} #{_thing_head(e.entity_name)}" for e in events
            if len(heads.get(e.entity, ())) > 1 and _thing_head(e.entity_name) is not None}


def _thing_head(name: str) -> Optional[str]:
    """The head noun of a thing's name, as one spelling ("Programme", "Program": 'programme'); None for a name
    whose last word is no thing's head."""
    head = _head(name)
    head = _HEAD_SPELLING.get(head, head)
    return head if head in THING_HEADS else None


def short_name_keys(events: list["EventMention"]) -> dict[str, str]:
    """Keys of things named by the first words of a longer name and its head ("the Safe Harbour scheme": 'safe
    harbour'), mapped to the key of the one longer name of that head the corpus gives ("the Safe Harbour Resettlement
    Scheme": 'safe harbour resettlement'), where it gives only one."""
    longer: dict[tuple[str, str], set[str]] = defaultdict(set)
    heads: dict[str, str] = {}
    for e in events:
        head = _thing_head(e.entity_name)
        if head is not None and ": " not in e.entity and " #" not in e.entity:
            heads[e.entity] = head
            words = e.entity.split()
            for n in range(1, len(words)):
                longer[(" ".join(words[:n]), head)].add(e.entity)
    short: dict[str, str] = {}
    for key, head in heads.items():
        candidates = longer.get((key, head), set())
        if len(candidates) == 1:
            short[key] = next(iter(candidates))
    return short


_LAW_YEAR_AFTER = regex.compile(r"(?:\s*\([A-Z][^()]{0,40}\))*\s+(?:(?P<head>Act|Bill|Law|Order|Regulations|Ordinance|Decree)"
                                r"\s+)?(?P<year>(?:19|20)\d\d)\b(?![.,]\d|\s*[-–/]\s*\d)")
_LAW_HEAD_AT_END = regex.compile(r"\b(?:Act|Bill|Law|Order|Regulations|Ordinance|Decree)$")
_WORK_ON_BEFORE = regex.compile(
    r"\b(?P<work>construction|review|evaluation|expansion|extension|renovation|refurbishment|upgrade|audit|study|"
    r"redesign|assessment|overhaul|demolition|relocation|privatisation|privatization|consultation|inquiry|"
    r"investigation|phase)\s+of\s+(?:the\s+|its\s+|their\s+)?$", regex.IGNORECASE)
# ... or on something at it: "Work on a new walkway at the| Port Kellan ferry terminal started in 2023".
_WORK_AT_BEFORE = regex.compile(
    r"\b(?P<work>work|works|repairs|construction|building|upgrades?|improvements?)\s+(?:on|to)\s+(?:[\w-]+\s+){1,4}?"
    r"(?:at|of|on|for)\s+(?:the\s+|its\s+|their\s+)?$", regex.IGNORECASE)
_WHICH_WAS_AFTER = regex.compile(r",?\s+which\s+(?:was|were|had\s+been|has\s+been)\s")
_EDITION_BEFORE = regex.compile(
    r"\b(?P<edition>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th)|"
    r"(?:19|20)\d\d(?=\s+(?:round|wave|edition|cycle)\b))\s+(?:(?:round|wave|edition|cycle)\s+of\s+(?:the\s+)?)?"
    r"(?:[A-Z][\w'’-]*['’]s\s+)?$", regex.IGNORECASE)
_POSSESSOR_BEFORE = regex.compile(r"(?<![\w'’-])(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})['’]s\s+(?:the\s+)?$")
_PLACE_AFTER_NAME = regex.compile(r"\s+(?:in|of|for)\s+(?:the\s+)?(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\b")
# A place a name says it is of: "Nigeria's| National Action Plan", "... Trafficking in| Nigeria".
_OWNER_PLACE = regex.compile(r"^(?:the\s+)?(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})['’]s\s"
                             r"|\s(?:in|of)\s+(?:the\s+)?(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s*$")


_OPENER_WORDS = regex.compile(r"(?:(?:" + "|".join(sorted(LEADING_NON_NAME)) + r")\s+)+", regex.IGNORECASE)
_LEADING_WORDS = regex.compile(r"(?:[Tt]he\s+)?(?P<words>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)")


def _leading_place(name: str) -> Optional[tuple[str, str]]:
    """(place, key of the rest) for a name that opens with a known place and goes on with words of its own:
    "The Manchester Hopper scheme" -> ("Manchester", "hopper"); None for "the Paris Agreement" (a head noun
    only after the place) and for a name with no place first."""
    opener = _OPENER_WORDS.match(name)  # ("When the European Chips Act": an opener, then the name)
    m = _LEADING_WORDS.match(name, opener.end() if opener else 0)
    if m is None:
        return None
    words = m.group("words").split()
    for n in range(min(3, len(words) - 1), 0, -1):  # (the longest place first: "Mexico City", not "Mexico")
        place = context.place_name(" ".join(words[:n]))
        if place is None:
            continue
        rest = [w.lower() for w in " ".join(words).split()[n:]]
        core = [w for w in rest if w not in THING_HEADS | ACTOR_HEADS and w not in GENERIC_NAME_WORDS]
        return (place, _name_key(" ".join(rest))) if core else None
    return None


def _name_key(name: str) -> str:
    name = regex.split(r"['’]s\s+", name)[-1]
    words = [w.lower() for w in regex.findall(r"[\w-]+", name)]
    while words and words[0] in LEADING_NON_NAME:
        words = words[1:]
    heads = THING_HEADS | ACTOR_HEADS
    core: list[str] = []
    for w in words:
        if w in heads:
            if core:
                break
            continue
        if w in GENERIC_NAME_WORDS:
            continue
        core.append(w)
    return " ".join(core[:3]) or " ".join(w for w in words if w not in GENERIC_NAME_WORDS)


def _head(name: str) -> str:
    for w in reversed(regex.findall(r"[\w-]+", regex.split(r"\s+(?:against|on|for|of|to)\s+", name)[0].lower())):
        return w
    return ""


# How strongly a name marks a thing that has dates, best first.
NAMED_THING, THE_NAME, PROPER_NAME, ACTOR = range(4)


def entities_in(sentence: str) -> list[tuple[int, str, int]]:
    """Named things in a sentence as (offset, name, strength): "the Blue Heart Campaign" (a thing
    with its head noun) is stronger than "the Blue Heart", a bare "Safe Crossings", or an actor."""
    found: list[tuple[int, str, int]] = []

    def taken(pos: int) -> bool:
        return any(s <= pos < s + len(n) for s, n, _ in found)

    for m in context.named_things(sentence):
        name = regex.sub(r"^(?:(?:the|of|for|and|on|against|to|in)\s+)+", "", m.group("name"), flags=regex.IGNORECASE)
        name = regex.split(r"['’]s\s+(?=[A-Z])", name)[-1]
        if len(name.split()) < 2:
            continue
        strength = ACTOR if _head(name) in ACTOR_HEADS else NAMED_THING
        # "Bureau of ... and Law Enforcement Affairs": the head noun is not the end of the name.
        if regex.match(r"\s+[A-Z]", sentence[m.end():]):
            strength = PROPER_NAME
        found.append((m.start("name") + m.group("name").find(name.split()[0]), name, strength))
    for m in context._THE_NAME.finditer(sentence):
        if len(m.group("name").split()) >= 2 and not taken(m.start("name")):
            found.append((m.start("name"), m.group("name"), THE_NAME))
    for m in _PROPER_NAME.finditer(sentence):
        name = m.group(0)
        start = m.start()
        opener = regex.match(r"(?:\p{Lu}\p{Ll}*\s+)", name)
        if opener and opener.group(0).strip().lower() in LEADING_NON_NAME:
            # "The Marlow Wetland Reserve was...", "Before the Arden Bridge...": drop the opener.
            name, start = name[opener.end():], start + opener.end()
        if len(name.split()) < 2 or taken(start) or _MONTH_WORD.match(name):
            continue
        facility = _FACILITY_AFTER_NAME.match(sentence, m.end())
        if facility is not None:
            name += facility.group(0)  # "Harbour Street library", "Harbour Street swimming pool": two things
        if start == 0 and not opener and facility is None:
            continue  # a capitalised sentence opener such as "Road crashes"
        if _PLACE_PREPOSITION.search(sentence, max(0, start - 12), start):
            continue  # "Builders in Brisk Harbour completed...": a place, not a thing that happens
        # "(Campaña Corazón Azul)" right after a name is another name for it.
        if sentence[:start].rstrip().endswith("(") and found:
            continue
        found.append((start, name, PROPER_NAME))
    for m in _HYPHENATED_NAME.finditer(sentence):
        # "Tax-Free Childcare was launched in April 2017", "Help-to-Buy": a name by its capitals across a hyphen
        if not taken(m.start()):
            found.append((m.start(), m.group(0), PROPER_NAME))
    for m in _CAMEL_CASE_NAME.finditer(sentence):
        # "FloodSure was launched in 2016", "the SafeHome scheme": one word, a name by its inner capital
        if not taken(m.start()):
            found.append((m.start(), m.group(0), PROPER_NAME))
    for m in _NUMBERED_ONE_WORD_NAME.finditer(sentence):
        # "Kestrel-1 was launched in 2021", "Ariane 6 made its maiden flight": one word and its number, a name
        if not taken(m.start()) and not _MONTH_WORD.match(m.group("word")) \
                and m.group("word").lower() not in LEADING_NON_NAME:
            found.append((m.start(), m.group(0), PROPER_NAME))
    for m in _PATENTED_NAME.finditer(sentence):
        # "The patent on Cardiovex expires in 2029": what the patent protects
        if not taken(m.start("name")):
            found.append((m.start("name"), m.group("name"), PROPER_NAME))
    for m in _POSSESSIVE_NAMED_RULE.finditer(sentence):
        # "Awaab's Law came into force", "Tobias's Rule": a rule named after a person
        if not taken(m.start()):
            found.append((m.start(), m.group(0), NAMED_THING))
    for m in _ONE_WORD_FACILITY.finditer(sentence):
        # "The Wexmoor tram line was launched in 2018": one capitalised word and what the thing is
        if not taken(m.start()) and m.group("word").lower() not in LEADING_NON_NAME \
                and not _MONTH_WORD.match(m.group("word")):
            found.append((m.start(), m.group(0), PROPER_NAME))
    if not found:
        lower = _LOWER_CASE_THING_STARTED.match(sentence)
        if lower is not None and _names_a_policy(lower.group("name")):
            # "Minimum unit pricing was introduced in May 2018": a thing named in small letters, the passive's
            # subject; with the place an opening phrase puts it in ("In Wales, ..."), since such names are shared
            name = lower.group("name")
            where = lower.group("place") or lower.group("place_after") or lower.group("owner")
            if where and context.place_name(where):
                name += f" in {where}"
            found.append((lower.start("name"), name, PROPER_NAME))
    # ("The Phase 2 study of NRV-301, completed in 2020": a stage of something, not a thing)
    return [f for f in found if not _STAGE_OF_SOMETHING.fullmatch(f[1])]


# The words of a law's start to apply, with no auxiliary: "came into force", "took effect".
_IN_FORCE = r"came\s+into\s+force|entered\s+into\s+force|took\s+effect"
# A thing named in small letters as the subject of an event verb in the passive, at the start of a sentence (after
# a place it may name): "Minimum unit pricing| was introduced in May 2018", "In Wales, the sugar tax| was launched".
_LOWER_CASE_THING_STARTED = regex.compile(
    r"[\s#>*•-]*(?:In\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}),\s+)?(?:[Tt]he\s+)?"
    # (or a place's, in the possessive: "Scotland's opt-out law came into force")
    r"(?:(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})['’]s\s+)?"
    r"(?P<name>(?:[A-Z][a-z-]+|[a-z][a-z-]+|[A-Z]{2,6})(?:\s+[a-z][a-z-]+){1,3})"  # (and "The HPV vaccine")
    r"(?:\s+in\s+(?:the\s+)?(?P<place_after>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}))?"
    r"\s+(?:(?:was|were|had\s+been|has\s+been)\s+(?:(?:first|formally|officially|finally)\s+)?"
    r"(?:introduced|launched|abolished|adopted|implemented|rolled\s+out|established|created|enacted|approved|"
    r"scrapped|withdrawn|phased\s+out|brought\s+in|extended|expanded)|" + _IN_FORCE + r")\b")
# Words that make a lower-case name no name of one thing: "the new rule", "this year's plan".
_NOT_ONE_THING = frozenset("new current latest previous old original same first second third final last proposed "
                           "revised planned existing national local federal such other similar further additional "
                           "programme program scheme plan policy law rule rules measure measures change changes "
                           "system".split())


def is_common_name(name: str) -> bool:
    """Whether a thing's name is written in small letters after its first word ("Minimum unit pricing", "the sugar
    tax in Wales"): a kind of thing many places have, not one thing's proper name ("Blue Heart Campaign")."""
    words = regex.sub(r"\s+in\s+[A-Z].*$", "", name).split()
    if len(words) == 2 and words[1] in THING_HEADS and words[0][:1].isupper() and words[0].lower() not in LEADING_NON_NAME:
        return False  # ("the Hopper scheme", "the Jobs plan": a name, then what it names)
    return len(words) >= 2 and all(w[:1].islower() for w in words[1:])


def _names_a_policy(name: str) -> bool:
    """Whether lower-case words name one thing ("minimum unit pricing", "the sugar tax"), not a kind of thing ("the
    new rules") or a clause ("figures published last week")."""
    words = name.lower().split()
    # (a kind of thing after words of its own names one: "opt-out law", "deposit return scheme"; not "tax changes")
    if any(w in context.STOP_WORDS or w in _NOT_ONE_THING for w in words[:-1]) \
            or words[-1] in _NOT_ONE_THING and (words[-1].endswith("s") or words[-1] in ("change", "measure")):
        return False
    # (a verb among them: "figures published", "cases rising" is a clause)
    return not any(len(w) > 4 and w.endswith(("ed", "ing")) and i > 0 and words[i - 1].endswith("s")
                   for i, w in enumerate(words))


# A lower-case noun after a place-like name that says what the thing is: "Harbour Street| library".
_FACILITY_AFTER_NAME = regex.compile(
    r"(?:\s+[a-z][a-z-]*)?\s+(?:library|pool|school|station|hospital|clinic|centre|center|bridge|park|museum|market|"
    # (energy and transport: "The Dunmere solar farm", "the Paris metro", "the Northline high-speed railway")
    r"farm|metro|railway|tramway|motorway|bypass|reservoir|dam|pipeline|refinery|"
    r"stadium|plant|factory|mine|tunnel|office|branch|store|theatre|theater|hall|airport|port|terminal|depot|"
    r"prison|court|church|mosque|temple|campus|site|tram\s+line|line|election|referendum|census|festival|summit|"
    r"marathon|fair)\b")
_ONE_WORD_FACILITY = regex.compile(r"(?<![\w’'-])(?P<word>\p{Lu}\p{Ll}[\w’'-]*)" + _FACILITY_AFTER_NAME.pattern)
_STAGE_OF_SOMETHING = regex.compile(r"(?:Phase|Stage|Part|Step|Round|Wave|Cohort)\s+\S+")
_NUMBERED_ONE_WORD_NAME = regex.compile(r"(?<![\w’'-])(?P<word>\p{Lu}\p{Ll}{2,}[\w’'-]*?)(?:-\d{1,3}[A-Za-z]?|[ ]\d{1,2}(?![\d,.:]))"
                                        r"(?![\w’'-])")
_PATENTED_NAME = regex.compile(r"\b(?:patents?|licen[cs]es?|exclusivity)\s+(?:on|for)\s+(?P<name>[A-Z][\w’'-]+)")
# (with the capitalised words after it: "RideMarrow Cargo" is another scheme than "RideMarrow")
_CAMEL_CASE_NAME = regex.compile(r"(?<![\w’'-])[A-Z][a-z]+(?:[A-Z][a-z]+)+(?![\w’'-])"
                                 r"(?:\s+(?!(?:January|February|March|April|May|June|July|August|September|October|"
                                 r"November|December|The|In|On|At|And|But)\b)[A-Z][a-z]+(?![\w’'-]))*")
_PLACE_PREPOSITION = regex.compile(r"\b(?:in|at|across|near|throughout|from|around|outside|inside)\s+(?:the\s+)?$")
# A name hyphenated between capitals, maybe with words after it: "Tax-Free Childcare", "Help-to-Buy" (not
# "Long-term unemployment", whose last part is in small letters).
_HYPHENATED_NAME = regex.compile(r"(?<![\w’'-])[A-Z][a-z]+(?:-[a-z]+)*-[A-Z][a-z]+(?:\s+[A-Z][a-z][\w’'-]*){0,3}\b")
# (letters of any alphabet: "Sølvik Reef", "Malmö Arena")
_POSSESSIVE_NAMED_RULE = regex.compile(r"(?<![\w’'-])\p{Lu}\p{Ll}+['’]s\s+(?:Law|Rule|Act|Bill|Charter|Principle|"
                                       r"Promise|Pledge|Guarantee|Test|Clause)\b")
# ("Return & Reward": an ampersand joins the words of one name)
_PROPER_NAME = regex.compile(r"(?<![\w’'-])(?:\p{Lu}\p{Ll}[\w’'-]*\s+(?:&\s+)?){1,4}\p{Lu}\p{Ll}[\w’'-]*\b")
_MONTH_WORD = regex.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                            r"December)\b")


# An event verb used with a direct object ("approved Corvexa", "opened a new cancer wing"): the thing the event
# is about comes after the verb, and a name before it is the one who acted.
# (a possessive may lead it: "Samsung launched its first foldable in 2019" launched the phone, not Samsung)
_OBJECT_AFTER_VERB = regex.compile(
    r"\s+(?:(?:its|their|his|her|our)\s+)?"
    r"(?!(?:in|on|at|by|as|for|from|during|with|after|before|to|into|under|and|or|its|their|this|that|last|"
    r"early|late|back|again|since|until|between|when|which|who)\b)(?P<object>[\w'’-]+)")
# ... unless what follows says when: "launched three years ago", "opened 20 years earlier", "founded a decade ago".
_WHEN_AFTER_VERB = regex.compile(r"\s+(?:\d|(?:[\w-]+\s+){0,3}?(?:ago|earlier|before|later)\b)", regex.IGNORECASE)
_SINGLE_NAME = regex.compile(r"(?P<name>[A-Z][\w-]*[a-z][\w-]*)\b")


def _acted_upon(sentence: str, anchor: int) -> Optional[tuple[int, Optional[str]]]:
    """(where the object starts, the object when it is a one-word name) for the event verb nearest before the
    anchor, when that verb takes a direct object; None when it takes none ("was launched in 2010")."""
    verbs = [m for m in _EVENT_WORD.finditer(sentence, 0, anchor)]
    if not verbs:
        return None
    verb = verbs[-1]
    if not verb.group(0)[:1].islower() or not verb.group(0).lower().endswith("ed"):
        return None  # (a past tense in the active voice: "approved", "opened"; not the noun "launch")
    if regex.search(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+\s+)?$", sentence[max(0, verb.start() - 20):verb.start()]):
        return None  # the passive: "was launched in 2010" has no object
    m = _OBJECT_AFTER_VERB.match(sentence, verb.end())
    if m is None or _WHEN_AFTER_VERB.match(sentence, verb.end()):
        return None
    single = _SINGLE_NAME.fullmatch(m.group("object"))
    name = single.group("name") if single and not _MONTH_WORD.match(m.group("object")) else None
    return m.start("object"), name


# From a name to an event's date in an apposition: "Safety Net Plus|, launched in |2019".
_DESCRIPTION_AFTER_NAME = regex.compile(r",\s+(?:a|an|the|one\s+of)\s")
_APPOSITION_UP_TO_ANCHOR = regex.compile(r",\s+(?:(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+)?"
                                         r"(?:first\s+)?[a-z]+(?:ed|en|wn|lt|un)\b[^,;()]*")


# A noun and the participle that dates it, with no comma between: "tariffs| introduced in |2018".
_DESCRIBED_BY_PARTICIPLE = regex.compile(r"(?<![\w'’-])(?P<noun>[A-Za-z][\w-]*)\s+(?:first\s+)?(?:introduced|imposed|"
                                         r"launched|adopted|created|established|opened|set\s+up|brought\s+in)\s+"
                                         r"(?:in|on|from|since)\s+[^,;()]*$")
# Words before a participle that are no noun it describes: "was introduced", "had launched", "and opened".
_NOT_A_DESCRIBED_NOUN = frozenset("was were been being is are be has have had and or it they which that who also "
                                  "then later recently officially formally first".split())


_AT_A_PLACE_BEFORE = regex.compile(r"\bat\s+(?:the\s+)?$")


def pick_entity(sentence: str, anchor: int) -> Optional[str]:
    """The named thing an event in this sentence is about.

    The strongest kind of name wins (see entities_in); among equals, the nearest one
    before the anchor ("The Water Act was passed in 2007"), else the nearest after it
    ("In April 2010, Mexico launched the Blue Heart Campaign"). When the event's verb
    has a direct object, a name before the verb acted and is not the thing: "The Drug
    Authority approved Corvexa on 8 December" is about Corvexa, "St Anne's Hospital
    opened a new cancer wing in 2021" about the wing, which has no name.
    """
    candidates = entities_in(sentence)
    # ("Halvern Instruments was founded by Paul Halvern in 1946": who acted, after "by", is not what was founded)
    # (nor the only name, after "by": "The programme was launched on 11 March 2024 by Councillor Imogen Reyes" is
    # about what "the programme" refers to)
    candidates = [c for c in candidates if not _AGENT_BEFORE.search(sentence, max(0, c[0] - 8), c[0])]
    # ("MV Glen Rowan was launched in November 2017 at the Fergus Marine yard": where it happened, not what)
    candidates = [c for c in candidates if c[0] <= anchor or not _AT_A_PLACE_BEFORE.search(sentence, max(0, c[0] - 8),
                                                                                           c[0])] or candidates
    acted = _acted_upon(sentence, anchor)
    if acted is not None:
        object_at, single_name = acted
        candidates = [c for c in candidates if c[0] >= object_at]
        if single_name is not None and not any(c[0] == object_at for c in candidates):
            candidates.append((object_at, single_name, PROPER_NAME))
    described = _DESCRIBED_BY_PARTICIPLE.search(sentence, 0, anchor)
    if described is not None and described.group("noun").lower() not in _NOT_A_DESCRIBED_NOUN:
        # "The United States has shielded its producers with Section 232 tariffs introduced in 2018": the
        # participle dates a thing before it, which a country named elsewhere in the sentence is not
        candidates = [c for c in candidates if c[0] + len(c[1]) == described.end("noun")
                      or context.place_name(c[1]) is None]
    # ("The Harbour Greenway, a traffic-free route between the docks and Kelby Park, opened in 2020": the name the
    # sentence opens with, whose description ends at the verb's comma, names what opened)
    opening = next((c for c in candidates if c[0] <= 4 and _DESCRIPTION_AFTER_NAME.match(sentence, c[0] + len(c[1]))),
                   None)
    for at, entity, _ in candidates:
        end = at + len(entity)
        if opening is not None and opening[0] < at and "," not in sentence[opening[0] + len(opening[1]) + 1:at]:
            continue
        if end <= anchor and sentence.startswith(entity, at) and _APPOSITION_UP_TO_ANCHOR.fullmatch(sentence, end, anchor):
            # "Safety Net Plus, launched in 2019, is not counted against the Flash Appeal": the name the
            # participle describes, whatever stronger name comes later
            return entity
    if _EVENT_WORD.search(sentence, max(0, anchor - 60), anchor) is not None:
        # "how many trainees began initial teacher training in 2023, and (b) what progress has been made by the Teach
        # Estrava programme": the act before the date is of its own clause; a name in the next clause did not do it
        candidates = [c for c in candidates if c[0] < anchor or not _NEXT_CLAUSE.search(sentence, anchor, c[0])]
    for strength in (NAMED_THING, THE_NAME, PROPER_NAME, ACTOR):
        pool = [c for c in candidates if c[2] == strength]
        before = [c for c in pool if c[0] < anchor]
        if before:
            return max(before, key=lambda c: c[0])[1]
        after = [c for c in pool if c[0] >= anchor]
        if after:
            return min(after, key=lambda c: c[0])[1]
    return None


_NEXT_CLAUSE = regex.compile(r",\s+(?:and|but|while|whereas|when|where)\b|;")


def _date_interval(iso: str) -> tuple[dt.date, dt.date]:
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        y, m = parts
        end = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))
        return dt.date(y, m, 1), end
    day = dt.date(*parts)
    return day, day


def _shift_years(day: dt.date, years: float) -> dt.date:
    return day - dt.timedelta(days=round(365.25 * years))


# (a clause with a verb of its own dates that verb's act: "Since the Marriage Act was amended in July 2019, ...")
# (not a clause with a verb of its own, passive or an event's active past: "Since the line launched in 2015, it
# has taken a million calls" dates the launch)
_AFTER_CLAUSE = regex.compile(r"^\s*(?:After|Following|Since)\b(?![^,;]*\b(?:(?:was|were|had\s+been|has\s+been)\s+[a-z]+ed|"
                              # (or the event as a gerund: "Since launching the Academy in 2019, Northbridge has")
                              r"launched|began|opened|started|began|took\s+effect|came\s+into\s+force|launching|"
                              r"opening|introducing|founding|establishing|creating|setting\s+up|adopting|"
                              # (or as a noun of its own: "Since its launch in March 2018, the scheme has")
                              r"(?:its|their)\s+(?:launch|introduction|opening|creation|founding|inception|"
                              r"establishment|start))\b)"
                              r"[^,;]*$", regex.IGNORECASE)
_BEFORE_CLAUSE = regex.compile(r"^\s*(?:Before|Prior\s+to|Until)\b(?![^,;]*\b(?:was|were|had\s+been|has\s+been)\s+"
                               r"[a-z]+ed\b)[^,;]*$", regex.IGNORECASE)
_EVENT_WORD = context._EVENT
_AGENT_BEFORE = regex.compile(r"\bby\s+(?:the\s+)?$")
_LIFE_DATES_BEFORE = regex.compile(r"[A-Z][\w'’-]+\s*\(\s*(?:b\.\s*|born\s+)?$")
_FUTURE = regex.compile(r"\b(?:will|shall|plans?\s+to|is\s+to|are\s+to|to\s+be\s+launched|scheduled|expected\s+to)\b",
                        regex.IGNORECASE)
_RENEWAL = regex.compile(r"\b(?:renovated|renewed|new|updated|second|revamped|relaunch\w*)\s+(?:version|edition|phase)\b|"
                         r"\brelaunch", regex.IGNORECASE)
# "after 6 years of its launch", "two years after its inception", "six years since its launch"
_RELATIVE = regex.compile(
    # ("40 years after the station was established": the thing in small letters, then its event's verb)
    r"^\s*(?:after|since)\s+the\s+(?:(?-i:[a-z])[\w-]*\s+){1,2}(?:was|were)\s+(?:first\s+)?"
    r"(?P<event>" + _IN_FORCE + r"|(?-i:[a-z])+)\b"
    r"|^\s*(?:of|after|since|following|on\s+from)\s+(?:its|the|their)\s+(?P<event>(?-i:[a-z])\w*)\b"
    # "Ten years after the Orrin Bridge opened": the thing's name, then its event's verb
    # (or the words of a law's start: "Five years after the Organ Donation Act came into force")
    # (a name's bracketed word too: "ten years after the Food Hygiene (Display) Act came into force")
    r"|^\s*(?:after|since)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+|\((?-i:[A-Z])[\w'’ -]*\)\s+){1,6}(?:was\s+|were\s+)?"
    r"(?P<event>" + _IN_FORCE + r"|went\s+live|switched\s+on|[a-z]+)\b"
    # ("four years after it was launched": the thing the sentence is about)
    r"|^\s*(?:after|since)\s+(?:it|they)\s+(?:was\s+|were\s+|had\s+been\s+|first\s+)?(?P<event>(?-i:[a-z])+)\b",
    regex.IGNORECASE
)
# A main clause that tells what happened then, not how things stand now: "Five years on from its opening,
# engineers found cracks". Its duration counts from the event, not back from the document's date.
_PAST_MAIN_CLAUSE = regex.compile(r",\s+(?:[\w'’-]+\s+){0,4}?(?:found|was|were|had|did|saw|became|began|showed|"
                                  r"[a-z]{3,}ed)\b(?![^.;]*\b(?:now|has|have|is|are)\b)")
_RELATIVE_AFTER_NUMBER = regex.compile(r"\b(?:after|since)\s+$", regex.IGNORECASE)
# "launched five years ago": an event verb (maybe with "some", "about"...) before the duration, "ago" after it.
_AGO = regex.compile(r"^\s*ago\b", regex.IGNORECASE)
_EVENT_VERB_BEFORE = regex.compile(
    rf"\b(?P<event>{'|'.join(context.START_VERBS)})\s+(?:(?:some|about|around|nearly|almost|more\s+than|over|just|"
    r"only)\s+)?$",
    regex.IGNORECASE)
_ANNIVERSARY = regex.compile(r"^\s*anniversary\b", regex.IGNORECASE)
_PRIMACY = regex.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:in|of)\s+(?:the\s+)?(?P<scope>[\w\s]+?)\s+to\s+(?P<verb>\w+)", regex.IGNORECASE
)


def _action(word: Optional[str]) -> Optional[str]:
    if not word:
        return None
    noun = context.EVENT_WORDS.get(word.lower(), word.lower())
    return ACTION_CLASSES.get(noun)


def _main_clause_action(sentence: str, after: int) -> Optional[str]:
    comma = sentence.find(",", after)
    if comma == -1:
        return None
    m = _EVENT_WORD.search(sentence, comma)
    return _action(m.group(0)) if m else None


def known_things(sentences: Iterable[str]) -> dict[tuple[str, str], str]:
    """The named things of a corpus by (key, head): ("literacy", "campaign") -> "National Literacy Campaign"."""
    known: dict[tuple[str, str], str] = {}
    for sentence in sentences:
        for _, name, strength in entities_in(sentence):
            head = _head(name)
            if strength == NAMED_THING and head in THING_HEADS:
                known.setdefault((name_key(name), _HEAD_SPELLING.get(head, head)), name)
    return known


# "the literacy campaign": lower-case words and a thing's head noun, which may refer to a named thing.
_DESCRIBED_THING = regex.compile(
    r"\b[Tt]he\s+(?P<words>(?:[a-z][\w-]*\s+){1,3}?)(?P<head>" + "|".join(sorted(THING_HEADS)) + r")\b")
_HEAD_SPELLING = {"program": "programme"}


def described_thing(sentence: str, anchor: int, known: dict[tuple[str, str], str]) -> Optional[str]:
    """The named thing that "the literacy campaign" refers to, when the corpus names one whose distinctive
    words are these ("the National Literacy Campaign"); the nearest such description to the anchor."""
    best: Optional[tuple[int, str]] = None
    for m in _DESCRIBED_THING.finditer(sentence):
        head = _HEAD_SPELLING.get(m.group("head"), m.group("head"))
        key = name_key(m.group(0))
        name = known.get((key, head)) if key and key != head else None
        if name and (best is None or abs(m.start() - anchor) < best[0]):
            best = (abs(m.start() - anchor), name)
    return best[1] if best else None


def mentions_for_document(claims: list[Claim], known: Optional[dict[tuple[str, str], str]] = None,
                          text: Optional[str] = None) -> list[EventMention]:
    """Event mentions in one document's claims, in order. known: the corpus's named things (known_things),
    to which "the literacy campaign" may refer. text: the document's text, whose sentence before a claim's
    names what "It" is ("Familia Segura is the main cash transfer programme. It was launched in 2014.")."""
    mentions: list[EventMention] = []
    last_entity: Optional[str] = None
    # "the first country in the world to adopt it": keyed by the thing and the act, for the whole document.
    primacy: dict[tuple[str, Optional[str]], list[Claim]] = {}
    for claim in claims:
        if claim.kind == "rank" and claim.value == 1 and claim.text.lower().startswith("first") \
                and (claim.subject_head or "") not in _NOT_PRIMACY:
            entity_name = pick_entity(claim.sentence, position_in_sentence(claim)) or last_entity
            if entity_name:
                key = (name_key(entity_name), _primacy_action(claim, claim.sentence))
                primacy.setdefault(key, []).append(claim)

    measures_by_sentence: dict[str, list[int]] = {}
    for c in claims:
        if c.kind in MEASURE_KINDS:
            measures_by_sentence.setdefault(c.sentence, []).append(position_in_sentence(c))
    for claim in claims:
        sentence = claim.sentence
        position = position_in_sentence(claim)
        # "Builders completed 390 new homes in 2013": the year times the count, it dates no event;
        # "was introduced in April 2018" has no count between the verb and its date.
        if claim.kind == "date" and claim.subject_head is None and _times_a_count(
                sentence, position, measures_by_sentence.get(sentence, [])):
            continue
        entity_name = pick_entity(sentence, position)
        if entity_name is None and known and claim.kind == "date":
            entity_name = described_thing(sentence, position, known)
        referring = _PRONOUN_SUBJECT.match(sentence) if entity_name is None and text is not None \
            and claim.kind == "date" else None
        if referring is not None:
            entity_name = _named_in_sentence_before(text, claim.start - position)
            if entity_name is not None and referring.group("site") \
                    and _head(entity_name) != referring.group("site").lower():
                entity_name = None  # ("The plant" after "the Glenmore Fund": no plant named)
        if entity_name:
            last_entity = entity_name
        mention = None
        if claim.kind == "date" and _COUNTED_TIME_AFTER.match(sentence, position + len(claim.text)):
            # "In 2024, four years after the Framework was launched, talks on its successor opened": the moment the
            # years are counted to, which the relative time reads; whatever else it dates, the sentence's name is
            # the counted event's
            pass
        elif claim.kind == "date" and (claim.value is not None or _part_of_a_year(claim)):
            mention = _dated(claim, sentence, position, entity_name)
        elif claim.kind == "duration":
            mention = _relative(claim, sentence, position, entity_name or last_entity)
        elif claim.kind == "rank" and claim.value is not None and _ANNIVERSARY.match(sentence[position + len(claim.text):]):
            mention = _anniversary(claim, sentence, position, entity_name or last_entity)
        elif claim.kind == "rank" and claim.value is not None and _IN_ITS.search(sentence, 0, position) \
                and _YEAR_AFTER.match(sentence, position + len(claim.text)):
            mention = _nth_year(claim, entity_name or last_entity)
        if mention is None:
            continue
        if mention.action == "holding" and regex.search(rf"\b[Tt]he\s+first\s+{regex.escape(mention.entity_name)}",
                                                          sentence):
            mention.action = "start"  # "The first Harwick Marathon took place in 1983": the series' start
        if mention.action == "start" and _LAW_HEAD.search(mention.entity_name) and _ADOPTED.search(sentence):
            mention.action = "passage"  # a law "adopted" in 2011 and "passed" in 2012: one act, two dates
        if mention.action == "start" and _VESSEL_NAME.search(sentence) \
                and (claim.event == "launch" or mention.relative and "launch" in mention.wording + sentence):
            # a ship is launched (floated out at the yard) years before it enters service: two acts
            mention.action = "launch of a vessel"
        mention.primacy = primacy.get((mention.entity, mention.action), []) + primacy.get((mention.entity, None), [])
        mentions.append(mention)
    mentions.extend(_weekday_events(claims, known))
    return mentions


# A sentence whose subject stands for a thing named before: "It was launched in 2014", "The programme began in 2012".
_REFERRING_HEADS = (r"programme|program|scheme|plan|campaign|initiative|project|law|survey|strategy|fund|policy|"
                    # ("The helpline, which was launched in 2011, ...", "The payment ...")
                    r"helpline|hotline|payment|benefit|service|register|registry|app|platform|levy|tax|reform|"
                    r"mission|vaccine|treaty|agreement")
# Heads of a sited thing, which refer back only to a name of that head: "The plant began operating on 12 March 2019"
# after "The Kestrel Point Desalination Plant delivered ...", "The pilot, which began in 2021" after "the Hearthstone
# Pilot".
_SITE_HEADS = ("plant|pilot|centre|center|hub|facility|station|bridge|academy|clinic|hospital|framework|network|"
               "partnership|factory|mine|museum|library|tunnel|airport|terminal|farm|reactor|dam|stadium|"
               # (and a payment of a name: "The grant was launched in April 2021" after "the Warm Homes Grant")
               "grant|loan|subsidy|allowance|credit|award|prize|bonus|voucher")
_PRONOUN_SUBJECT = regex.compile(r"\s*(?:It|The\s+(?:" + _REFERRING_HEADS + r"|(?P<site>" + _SITE_HEADS + r")))"
                                 r"(?:\s*,\s+(?:which|that)\s+(?:(?:was|were|had\s+been|has\s+been)\s+[a-z]|"
                                 r"(?:began|started|opened|launched)\b)|"
                                 # ("The scheme, launched in April 2021, has ...": a participle in apposition)
                                 r"\s*,\s+(?:first\s+)?(?:launched|introduced|opened|founded|established|created|set\s+up|"
                                 r"started|begun)\s+(?:in|on)\b|"
                                 r"\s+(?:was|were|had\s+been|has\s+been|first)?\s*[a-z])"
                                 # ("Launched in 2003, the programme has ...": the participle first)
                                 r"|\s*(?:Launched|Introduced|Founded|Established|Created|Opened|Set\s+up)\s+(?:in|on)\s+"
                                 r"[^,]{1,30},\s+(?:the|it|its)\s+(?:(?:" + _REFERRING_HEADS + r")\b)?")
_SENTENCE_BREAK = regex.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _named_in_sentence_before(text: str, sentence_start: int) -> Optional[str]:
    """The named thing of the sentence before the one at sentence_start, in the same paragraph; or None."""
    before = text[max(0, sentence_start - 400):sentence_start]
    if "\n\n" in before:
        before = before[before.rindex("\n\n") + 2:]
    pieces = [p for p in _SENTENCE_BREAK.split(before.strip()) if p.strip()]
    if not pieces:
        return None
    previous = pieces[-1]
    return pick_entity(previous, len(previous))


# A ship's name or what it is: "MV Glen Rowan", "HMS Dauntless", "the new ferry".
_VESSEL_KINDS = r"(?:ship|vessel|ferry|tanker|frigate|destroyer|submarine|liner|icebreaker|yacht)s?"
_VESSEL_NAME = regex.compile(r"\b(?:MV|MS|HMS|RMS|SS|USS|RV|FV|MY|HMAS|HMCS|HMNZS)\s+[A-Z]"
                             rf"|\b{_VESSEL_KINDS}\b[^.,;]{{0,40}}?\b(?:was|were|is|be|been)\s+launched\b"
                             rf"|\blaunched\s+(?:the|a|her|its|their)\s+(?:new\s+|first\s+|second\s+)?"
                             rf"{_VESSEL_KINDS}\b")


# Names of laws, for which adoption is passage (a campaign that is "adopted" starts instead).
_LAW_HEAD = regex.compile(r"\b(?:Law|Act|Bill|Code|Constitution|Amendment|Decree|Statute|Ordinance)\b", regex.IGNORECASE)
_ADOPTED = regex.compile(r"\badopt(?:ed|ion|s)?\b", regex.IGNORECASE)


# What "first" orders without claiming primacy: "in its first year", "for the first time", "the first phase".
_NOT_PRIMACY = TIME_NOUNS | frozenset("time half phase stage round term".split())


# "The Crosstown Line opened on Sunday": in news, the last such day up to the story's date.
_WEEKDAY_EVENT = regex.compile(
    rf"\b(?P<event>{'|'.join(sorted(context.EVENT_WORDS, key=len, reverse=True))})\s+(?:on\s+)?(?:last\s+)?"
    r"(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!s)")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _weekday_events(claims: list[Claim], known: Optional[dict[tuple[str, str], str]]) -> list[EventMention]:
    """Events dated by a weekday in sentences that carry other claims ("The Crosstown Line opened on Sunday,
    two years late"), resolved against the document's date. A weekday is no claim of its own; it dates only
    a named thing's event, never a plan."""
    found: list[EventMention] = []
    seen: set[str] = set()
    for claim in claims:
        sentence, published = claim.sentence, claim.published
        if published is None or sentence in seen:
            continue
        seen.add(sentence)
        for m in _WEEKDAY_EVENT.finditer(sentence) if "day" in sentence else ():  # (every weekday ends in "day")
            action = _action(m.group("event"))
            if action is None or action == "relaunch" or _FUTURE.search(sentence[max(0, m.start() - 40):m.end()]):
                continue
            entity_name = pick_entity(sentence, m.start()) or (described_thing(sentence, m.start(), known)
                                                                 if known else None)
            if entity_name is None:
                continue
            back = (published.weekday() - _WEEKDAYS.index(m.group("day"))) % 7
            day = published - dt.timedelta(days=back)
            found.append(EventMention(
                entity=event_key(sentence, entity_name), entity_name=entity_name, action=action, earliest=day,
                latest=day,
                source=claim.source, published=published, claims=[claim], wording=f"on {m.group('day')}, "
                f"{day.isoformat()}"))
    return found


def position_in_sentence(claim: Claim) -> int:
    """Where the claim's span stands in its (whitespace-collapsed) sentence: '10' is not the '10' of '2010'."""
    return max(find_span(claim.sentence, " ".join(claim.text.split())), 0)


def _part_of_a_year(claim: Claim) -> bool:
    """Whether a date claim is a range of months within one year ("the spring of 2018", "Q3 2021")."""
    return isinstance(claim.lower, str) and isinstance(claim.upper, str) and len(claim.lower) == 7 \
        and len(claim.upper) == 7 and claim.lower[:4] == claim.upper[:4]


def _dated(claim: Claim, sentence: str, position: int, entity_name: Optional[str]) -> Optional[EventMention]:
    if entity_name is None:
        return None
    if claim.qualifier == "range" and _LIFE_DATES_BEFORE.search(sentence, 0, position):
        return None  # "founded by Paul Halvern (1919–1987) in 1946": a life, not the founding
    end = position + len(" ".join(claim.text.split()))
    if context.is_attributive_year(sentence, position, end) and YEAR_IN_TEXT.search(sentence, end):
        return None  # "ratified the 2014 Protocol ... in 2019": the year names the protocol; the act is 2019's
    if _REFERENCE_YEAR_AFTER.match(sentence, end) or _REFERENCE_YEAR_BEFORE.search(sentence, max(0, position - 30),
                                                                                position):
        return None  # "cut deaths by 50% by 2025 against a 2020 baseline": a year measured from, no event
    before = sentence[:position]
    shown = claim.value if claim.value is not None else f"{claim.lower}/{claim.upper}"
    if claim.value is None:  # ("in the spring of 2018": the months of a season, or a quarter)
        earliest, latest = _date_interval(str(claim.lower))[0], _date_interval(str(claim.upper))[1]
    else:
        earliest, latest = _date_interval(str(claim.value))
    if claim.qualifier == "approximate" and claim.lower and claim.upper:
        earliest, latest = _date_interval(str(claim.lower))[0], _date_interval(str(claim.upper))[1]  # "c. 1520"
    action: Optional[str] = None
    wording = ""
    if _AFTER_CLAUSE.match(before):
        action = _main_clause_action(sentence, position)
        latest = dt.date.max
        wording = f"after {shown}"
    elif _BEFORE_CLAUSE.match(before):
        action = _main_clause_action(sentence, position)
        earliest = dt.date.min
        wording = f"before {shown}"
    if action is None:
        action = _governing_action(sentence, position) or _action(claim.event)
        wording = f"in {shown}"
    if action is None:
        return None
    if _RENEWAL.search(sentence):
        action = "relaunch"
    planned = bool(claim.published and earliest > claim.published) or bool(
        _FUTURE.search(sentence[max(0, position - 60):position + 80]) and claim.published and latest >= claim.published
    )
    actor = _MEMBER_BEFORE.search(sentence, 0, position)
    return EventMention(
        entity=event_key(sentence, entity_name), entity_name=entity_name, action=action, earliest=earliest, latest=latest,
        source=claim.source, published=claim.published, claims=[claim], planned=planned, wording=wording,
        actor=actor.group("actor").lower() if actor is not None and actor.group("actor") not in _NOT_ACTORS else None,
    )


# A year that a target or a change is measured from: "against a 2020| baseline", "from| 2015 |levels", "relative
# to| 2019", "a baseline of| 2018".
_REFERENCE_YEAR_AFTER = regex.compile(r"\s+(?:baseline|base\s+year|levels?)\b", regex.IGNORECASE)
_REFERENCE_YEAR_BEFORE = regex.compile(r"\b(?:relative\s+to|compared\s+(?:with|to)|baseline\s+(?:of|year)|"
                                       r"base\s+year\s+(?:of|is|was))\s+(?:the\s+|its\s+)?(?:year\s+)?$",
                                       regex.IGNORECASE)


# Who took part in a thing many take part in: "Finland joined the North Atlantic Treaty Organization in 2023".
_MEMBER_BEFORE = regex.compile(
    r"(?<![\w'’-])(?P<actor>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:(?:has|had|have|also|formally|officially)\s+)?"
    r"(?:joined|endorsed|signed|ratified|acceded\s+to|became\s+a\s+(?:member|party|signatory)\s+(?:of|to))\b")
_NOT_ACTORS = frozenset({"It", "They", "The", "This", "In", "On", "By"})


def _relative(claim: Claim, sentence: str, position: int, entity_name: Optional[str]) -> Optional[EventMention]:
    if entity_name is None or claim.published is None or not isinstance(claim.value, (int, float)):
        return None
    after_text = sentence[position + len(" ".join(claim.text.split())):]
    m = _RELATIVE.match(after_text)
    ago = m is None and _AGO.match(after_text) is not None
    if ago:
        # "launched five years ago": the event verb before the duration, counted back from the document's date
        m = _EVENT_VERB_BEFORE.search(sentence, 0, position)
        if not m:
            return None
    elif not m and not _RELATIVE_AFTER_NUMBER.search(sentence[:position]):
        return None
    if not m:
        m = regex.match(r"^\s*(?:of|after|since)?\s*(?:its|the|their)\s+(?P<event>\w+)", after_text, regex.IGNORECASE)
        if not m:
            return None
    action = _action(m.group("event"))
    if action is None:
        return None
    moment = None if ago else (_DATE_OF_COUNTED_MOMENT.match(after_text, m.end())
                               or _DATE_BEFORE_COUNTED_TIME.search(sentence, 0, position))
    if not ago and moment is None and _PAST_MAIN_CLAUSE.match(after_text, m.end()) is not None:
        return None  # "Five years on from its opening, engineers found cracks": then, not now (unknown when)
    years = claim.value * {"year": 1, "month": 1 / 12, "week": 1 / 52.1775, "day": 1 / 365.25, "decade": 10}.get(
        claim.unit or "year", 1)
    # "after 6 years" in whole years: between six and seven years before the document, with half a year of slack.
    # "Four years after its launch, in 2023": counted from the year the sentence gives, not from the document.
    counted_from, counted_wording = claim.published, claim.published.isoformat()
    if moment:
        counted_from = min(dt.date(int(moment.group("year")), 12, 31), claim.published)
        counted_wording = moment.group("year")
    earliest = _shift_years(counted_from, years + 1)
    latest = _shift_years(counted_from, max(years - 0.5, 0))
    if moment and years == int(years):
        # "In 2023, five years after its launch": a year counted from a year, as its writer counts, 2018
        earliest, latest = dt.date(counted_from.year - int(years), 1, 1), dt.date(counted_from.year - int(years), 12, 31)
    return EventMention(
        entity=event_key(sentence, entity_name), entity_name=entity_name, action=action, earliest=earliest, latest=latest,
        source=claim.source, published=claim.published, claims=[claim], relative=True,
        wording=f"“{' '.join(claim.text.split())}” {'ago' if ago else 'after it'}, counted from "
                f"{counted_wording}",
    )


def _anniversary(claim: Claim, sentence: str, position: int, entity_name: Optional[str]) -> Optional[EventMention]:
    """'its 50th anniversary in 2024': started in 1974."""
    if entity_name is None:
        return None
    year_match = regex.search(r"\b(1[5-9]\d\d|20\d\d)\b", sentence[position:position + 60])
    if year_match:
        year = int(year_match.group(1))
    elif claim.period and regex.fullmatch(r"\d{4}", claim.period):
        year = int(claim.period)  # "its fifth anniversary last year": the year the sentence names
    elif claim.published is not None:
        year = claim.published.year
    else:
        return None
    start_year = year - int(claim.value)
    return EventMention(
        entity=event_key(sentence, entity_name), entity_name=entity_name, action="start", earliest=dt.date(start_year, 1, 1),
        latest=dt.date(start_year, 12, 31), source=claim.source, published=claim.published, claims=[claim],
        relative=True, wording=f"{int(claim.value)}th anniversary in {year}",
    )


# "now in its fifth year of service": started four to five years before the document.
_IN_ITS = regex.compile(r"\bin\s+(?:its|their)\s+$", regex.IGNORECASE)
_YEAR_AFTER = regex.compile(r"\s+year\b", regex.IGNORECASE)


def _nth_year(claim: Claim, entity_name: Optional[str]) -> Optional[EventMention]:
    if entity_name is None or claim.published is None or _FUTURE.search(claim.sentence):
        return None
    n = int(claim.value)
    return EventMention(
        entity=event_key(claim.sentence, entity_name), entity_name=entity_name, action="start",
        earliest=_shift_years(claim.published, n + 0.5), latest=_shift_years(claim.published, max(n - 1.5, 0)),
        source=claim.source, published=claim.published, claims=[claim], relative=True,
        wording=f"in its {claim.text} year as of {claim.published.isoformat()}",
    )


def _primacy_action(claim: Claim, sentence: str) -> Optional[str]:
    position = position_in_sentence(claim)
    m = _PRIMACY.match(sentence[position + len(claim.text):])
    if not m:
        return None
    verb = m.group("verb").lower()
    if verb == "do":  # "to do so": the act the main clause names
        return _main_clause_action(sentence, 0) or _action_before(sentence, position)
    return _action(verb)


_NOUN_EVENT_BEFORE = regex.compile(r"\b(?:its|their|the)\s+$", regex.IGNORECASE)


def _times_a_count(sentence: str, position: int, measures: list[int]) -> bool:
    if not measures:
        return False
    start, _ = context.clause_around(sentence, 0, len(sentence), position)
    # (not an event named as a noun: "has reached 9,500 businesses since its launch in 2019" dates the launch)
    verbs = [m.start() for m in _EVENT_WORD.finditer(sentence, start, position)
             if not _NOUN_EVENT_BEFORE.search(sentence, max(0, m.start() - 8), m.start())]
    if not verbs:
        return not any(m.start() < position for m in _EVENT_WORD.finditer(sentence, start, position))
    # ("Some 48,000 children joined a club in 2023, many through Club Start", "120 schools adopted it in 2020": many
    # who did it, each once, dating no start of the thing)
    return any(verbs[-1] < at < position for at in measures) \
        or any(start <= at < verbs[-1] and verbs[-1] - at <= 40 and ", " not in sentence[at:verbs[-1]]
               for at in measures)


def _governing_action(sentence: str, position: int) -> Optional[str]:
    """The event a date belongs to: the nearest event word before it in its clause ("joined X in 2018,
    after a reform" is a joining), else the nearest after it in the clause."""
    start, end = context.clause_around(sentence, 0, len(sentence), position)
    # A date opening the sentence ("In April 2010, Mexico launched...") governs the clause after its comma.
    if start == 0 and regex.match(r"^\s*(?:In|On|By|During)\b[^,]*$", sentence[:position]):
        comma = sentence.find(",", position)
        if comma != -1:
            end = max(end, context.clause_around(sentence, 0, len(sentence), comma + 2)[1])
    before = [m for m in _EVENT_WORD.finditer(sentence, start, position)]
    if before:
        if context.ANOTHER_VERB_BETWEEN.search(sentence, before[-1].end(), position):
            return None  # "passed in June 2012 and entered into force in January 2013": not the passing
        if context.REFERENCE_EVENT_BEFORE.search(sentence, 0, before[-1].start()) \
                and "," in sentence[before[-1].end():position]:
            return None  # "Four years after its launch, in 2023, ...": the date of a time counted from the launch
        return _action(before[-1].group(0))
    after = _EVENT_WORD.search(sentence, position, end)
    if after is not None and _TIME_COUNTED_TO_EVENT.search(sentence, position, after.start()):
        return None  # "eliminated in 2019, twelve years after it was created": 2019 is twelve years on
    if after is not None and context.DATE_AFTER_EVENT_WORD.match(sentence, after.end()):
        # "who became chief executive in 2021, praised the scheme, which the retailer launched in 2017": the
        # launch has a date of its own
        return None
    return _action(after.group(0)) if after else None


# A time counted from an event, right after a date: "In 2024|, four years after ...".
_COUNTED_TIME_AFTER = regex.compile(r"\s*,\s+(?:[\w-]+\s+){1,3}(?:after|since)\s", regex.IGNORECASE)
# A time counted to the event word after a date: "in 2019|, twelve years after it was |created".
# (past the thing's name: "In 2023|, five years after the Clinical Hub was |launched")
_TIME_COUNTED_TO_EVENT = regex.compile(r",\s+(?:\w+\s+){1,3}(?:after|since)\s+" + context.COUNTED_FROM_THING + "$",
                                       regex.IGNORECASE)
# The date of the moment a relative time reaches: "Four years after its launch, in 2023, ..."
# ... or before it: "was eliminated in 2019, twelve years after its creation"
_DATE_BEFORE_COUNTED_TIME = regex.compile(r"\b(?:[Ii]n|[Bb]y)\s+(?P<year>1[5-9]\d\d|20\d\d)\s*,\s*"
                                          r"(?:(?:just|only|some|about|nearly|almost|exactly|barely)\s+)?$")
_DATE_OF_COUNTED_MOMENT = regex.compile(r"\s*,\s*(?:in|by)\s+(?P<year>1[5-9]\d\d|20\d\d)\b")


def _action_before(sentence: str, position: int) -> Optional[str]:
    found = [m for m in _EVENT_WORD.finditer(sentence, 0, position)]
    return _action(found[-1].group(0)) if found else None
