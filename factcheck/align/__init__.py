"""Stage 3 of the pipeline: decide which claims measure the same thing.

Claims are blocked on string keys with pandas (kind and dimension, subject,
place, period; for ranks the ranking's scope and place), so the work grows with
the number of claims, not with the number of pairs. Events are put on a
timeline per named thing and action (see `events`).
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from typing import Optional

import pandas as pd
import regex
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from ..extract.context import (LIST_ITEM, LIST_MARK, NOT_A_NAME, country_of_part, is_country, is_group_of_countries,
                               is_part_or_group_of_countries,
                               is_unnamed_part, known_places_in, main_country, place_name, singular)
from ..extract import initialisms
from ..extract.sentences import split_sentences
from ..models import Claim, Document, Finding
from .events import (EventMention, is_common_name, known_things, law_year_keys, mentions_for_document, owned_keys,
                     head_keys, position_in_sentence, short_name_keys)
from .keys import NON_RESTRICTIVE, SUBGROUP_WORDS, flow_measure_key, measure_key, period_key, place_key, subject_key


_HEADING_LINE = regex.compile(r"^#{1,6}[ \t]", regex.MULTILINE)


class DocumentInfo(BaseModel):
    source: str
    title: Optional[str] = None
    published: Optional[dt.date] = None
    published_estimated: bool = False
    country: Optional[str] = Field(default=None, description="The country the document names most (or, when the "
                                   "gazetteer knows none, the place its claims give most): the place of its claims "
                                   "that state none.")
    # (for the checks only, not written in reports)
    headings: list[int] = Field(default_factory=list, exclude=True,
                                description="Where each Markdown heading of the text starts: a section ends there, "
                                "and a sentence after it does not go on from one before it.")
    text: str = Field(default="", exclude=True, repr=False,
                      description="The document's text, for checks that read a figure's neighbouring sentences, "
                      "which may hold no figure ('Respondents could name more than one.').")

    def neighbours(self, claim: Claim) -> str:
        """The sentence before the claim's, its own and the one after, within its paragraph."""
        if not self.text:
            return claim.sentence
        start = claim.start - position_in_sentence(claim)
        end = start + len(claim.sentence)
        paragraph_start = self.text.rfind("\n\n", 0, start) + 1
        paragraph_end = self.text.find("\n\n", end)
        paragraph_end = len(self.text) if paragraph_end < 0 else paragraph_end
        spans = list(split_sentences(self.text, paragraph_start, paragraph_end))
        at = next((i for i, (s, e) in enumerate(spans) if s <= start < e), None)
        if at is None:
            return claim.sentence
        return self.text[spans[max(0, at - 1)][0]:spans[min(len(spans) - 1, at + 1)][1]]

    def label(self) -> str:
        name = self.source.rsplit("/", 1)[-1]
        if self.published:
            return f"{name} ({self.published.isoformat()}{', estimated' if self.published_estimated else ''})"
        return name


class Alignment(BaseModel):
    """What the checks read: the claims, and the groups of claims that are comparable."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    claims: list[Claim]
    documents: dict[str, DocumentInfo]
    measure_groups: list[list[int]] = Field(description="Indices of claims with equal measure, subject, place and period.")
    trend_groups: list[list[int]] = Field(description="Same, across periods: the same measure over time.")
    flow_groups: list[list[int]] = Field(
        default_factory=list,
        description="Rates and one calendar year's totals of the same thing in the same place and year.")
    rank_groups: list[list[int]] = Field(description="Ranks in the same ranking (scope and place).")
    sentence_groups: list[list[int]] = Field(description="Claims sharing one sentence of one document, in order.")
    events: list[EventMention]

    def doc(self, claim: Claim) -> DocumentInfo:
        return self.documents[claim.source]

    _sentences_by_claim: Optional[dict[tuple[str, str], str]] = PrivateAttr(default=None)
    listing_groups: list[list[int]] = Field(
        default_factory=list,
        description="Claims of a lead-in line ending in a colon and of the list items under it, in order.")
    listing_sentences: list[str] = Field(
        default_factory=list, description="Each listing group's lead-in sentence and items, joined as one sentence.")

    def sentences(self):
        """The claims of each sentence that holds two or more, in reading order (for in-document arithmetic)."""
        for group in self.sentence_groups:
            yield sorted((self.claims[i] for i in group), key=lambda c: c.start)

    def listings(self):
        """Each list under a lead-in line as one sentence, for the checks that read a sentence's listing: "Shares
        of the parcel market were:" over "- Albion Mail: 40%" and "- Parcelwise: 27%" reads as "Shares of the
        parcel market were: Albion Mail 40%, and Parcelwise 27%". The claims are copies with that sentence;
        `as_written` gives a finding on them back its claims' own sentences."""
        for group, listing in zip(self.listing_groups, self.listing_sentences):
            yield [self.claims[i].model_copy(update={"sentence": listing}) for i in group]

    def as_written(self, finding: Finding) -> Finding:
        """The finding with each claim's sentence as the document writes it (see listings)."""
        if self._sentences_by_claim is None:
            self._sentences_by_claim = {(c.id, c.source): c.sentence for c in self.claims}
        own = self._sentences_by_claim
        return finding.model_copy(update={"claims": [
            e.model_copy(update={"sentence": own.get((e.id, e.source), e.sentence)}) for e in finding.claims]})


# A lead-in line over a list ("Shares of the parcel market in 2023 were:"), and the list's items ("- Albion Mail: 40%").
_LEAD_LINE = regex.compile(r"^[ \t]*(?![-*•][ \t])[^\n]*\S:[ \t]*\n(?:[ \t]*\n)?(?P<items>(?:[ \t]*[-*•][ \t][^\n]*(?:\n|$))+)",
                           regex.MULTILINE)
_ITEM_LABEL = regex.compile(r"^[-*•]\s+(?P<label>[^:\d]{1,60}):\s+(?=\S)")


def _listings(text: str, claims: list[Claim]) -> list[tuple[list[int], str]]:
    """Indices (into claims, one document's, in order) of the claims of each lead-in line and the list under it,
    for lists with figures in two or more items, each with the listing as one sentence (see _listing_sentence)."""
    groups = []
    starts = [c.start for c in claims]
    for m in _LEAD_LINE.finditer(text) if "\n" in text and ":" in text else ():
        # (only the lead-in line's last sentence: "Income was £50 million. Spending was:" lists no parts of income;
        # a sentence wrapped over lines is read from its first: "... enrolled 312,000 children who had not\n
        # previously claimed:")
        paragraph = _paragraph_start(text, m.start())
        lead = list(split_sentences(text, paragraph, m.start("items")))
        lo = bisect.bisect_left(starts, lead[-1][0] if lead else m.start())
        hi = bisect.bisect_left(starts, m.end())
        items = [(i.start(), i.end()) for i in regex.finditer(r"[^\n]+", m.group("items"))]
        in_items = {k for k in range(lo, hi) if claims[k].start >= m.start("items")}
        with_figures = {next(n for n, (a, b) in enumerate(items) if a <= claims[k].start - m.start("items") < b)
                        for k in in_items}
        if len(with_figures) >= 2:
            groups.append((list(range(lo, hi)), _listing_sentence(text[lead[-1][0] if lead else m.start():
                                                                       m.start("items")], m.group("items"))))
    return groups


def _paragraph_start(text: str, line_start: int) -> int:
    """Where the paragraph of the line at line_start begins: after the blank line, list item or heading before it."""
    at = line_start
    while at > 0:
        previous = text.rfind("\n", 0, at - 1) + 1
        line = text[previous:at - 1]
        if not line.strip() or LIST_ITEM.match(line) or line.lstrip().startswith(("#", "|")):
            break
        at = previous
    return at


def _listing_sentence(lead: str, items: str) -> str:
    """The lead-in sentence and the list's items joined as one sentence's listing (see Alignment.listings)."""
    joined = []
    for line in items.splitlines():
        item = " ".join(line.split())
        label = _ITEM_LABEL.match(item)
        item = (label.group("label") + " " + item[label.end():]) if label else item[1:].strip()
        joined.append(item.rstrip(";,. "))
    # (no serial comma: ", and" before the last item would read as a clause of its own)
    listing = ", ".join(joined[:-1]) + (" and " if len(joined) > 1 else "") + joined[-1]
    return f"{' '.join(lead.split())} {listing}."


# Parts of a breakdown ("Guatemalan (123)") count a subset of what their sentence counts.
def _is_breakdown_part(claim: Claim) -> bool:
    index = position_in_sentence(claim)
    return index > 0 and claim.sentence[:index].rstrip().endswith("(")


def _listed_parts(claims: list[Claim]) -> set[int]:
    """Indexes of the claims listed after a colon as parts of a total before it ("A total of 1,140 homes were
    completed: 830 market homes, 190 affordable rented homes and 120 for social rent") with no label of their
    own: figures for a part, which their words rarely tell apart from the whole."""
    by_sentence: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        if c.kind in ("count", "money", "quantity") and ":" in c.sentence:
            by_sentence[(c.source, c.sentence)].append(i)
    listed: set[int] = set()
    for (_, sentence), indexes in by_sentence.items():
        colon = sentence.find(":")
        wholes = {(claims[i].kind, claims[i].unit) for i in indexes if position_in_sentence(claims[i]) < colon}
        # (a part with its own label, "23 million in forced marriage", is compared with that part elsewhere)
        listed.update(i for i in indexes if position_in_sentence(claims[i]) > colon and claims[i].part is None
                      and (claims[i].kind, claims[i].unit) in wholes)
    return listed


def _rank_scope(claim: Claim) -> Optional[str]:
    """The ranking a rank claim places something in: its superlative ("lucrative" for "the third most
    lucrative"), and, for a superlative that says only which way the order runs ("highest", "largest"),
    what is ordered: "highest tuition fee" and "highest dropout rate" are two rankings."""
    scope = _rank_scope_words(claim)
    if scope is None:
        return None
    # ("the second-largest town in Northmere by area" and "the third-largest ... by population": two rankings)
    at = position_in_sentence(claim)
    by = _RANKED_BY.match(claim.sentence, at + len(claim.text), at + len(claim.text) + 80)
    if by is None:
        return scope
    measure = singular(by.group("measure").lower())
    # ("third ... by number of convictions" ranks what the scope "convictions" already names)
    return scope if singular(scope.split()[-1]) in measure.split() else f"{scope} by {measure}"


# What a ranking orders by: "by area", "by passenger numbers", "by cargo tonnage" (not "by 2030", "by the ministry").
_RANKED_BY = regex.compile(r"[^,;:.]*?\bby\s+(?P<measure>(?:area|population|size|revenue|revenues|sales|value|volume|"
                           r"length|height|depth|capacity|tonnage|passengers?|passenger\s+numbers|cargo(?:\s+tonnage)?|"
                           r"assets|output|production|turnover|market\s+capitalisation|market\s+capitalization|"
                           r"attendance|membership|enrolment|enrollment|number\s+of\s+[a-z]+))\b")


def _rank_scope_words(claim: Claim) -> Optional[str]:
    if not claim.scope:
        scope = position_scope(claim)
        if scope is None or not scope.startswith(("most ", "least ")):
            return scope
        # ("sixth place in the ranking of the most targeted sectors": the superlative's ranking, as "ranked fifth
        # among the most targeted sectors" reads it)
        claim = claim.model_copy(update={"scope": scope})
    words = [w for w in claim.scope.lower().replace("-", " ").split() if w not in ("most", "least")]
    if not words:
        return None
    if not claim.scope.lower().startswith(("most", "least")) and not words[0].endswith("est") \
            and words[0] not in _SUPERLATIVE_WORDS:
        # a plain position's criterion, all of it: "5th for cancer survival" is no "20th for cancer waiting times"
        return " ".join(words)
    synonyms = {"biggest": "largest", "greatest": "largest", "top": "leading", "main": "leading",
                "profitable": "lucrative"}
    superlative = synonyms.get(words[0], words[0])
    if superlative in _ORDER_ONLY:
        at = position_in_sentence(claim)
        ordered = _ORDERED_NOUNS.search(claim.sentence, at, at + len(claim.text) + 40)
        if ordered is not None:
            nouns = [w for w in ordered.group("nouns").lower().split() if w not in _NOT_ORDERED]
            if len(nouns) > 1 or nouns and nouns[0] not in _RANKED_THINGS:
                return " ".join([superlative] + nouns[:-1] + [singular(nouns[-1])])
    return superlative


_SUPERLATIVE_WORDS = frozenset("leading top main lucrative important major busiest richest worst".split())


# A plain position in a ranking the sentence names: "is ranked| fourth |in the world", "finished| fourth |in the
# Lusitanian league", "ranks| third |in the 2023 Open Budget Index", maybe with what it ranks by ("for press freedom").
# ("fell to| sixth place", "climbed to| third": a position moved to)
_POSITION_VERB_BEFORE = regex.compile(r"\b(?:ranks|ranked|finished|came|placed|rated|"
                                      # (a plain copula, where a ranking follows: "The UK was fifth for screen time")
                                      r"is|was|are|were|remains|remained|"
                                      r"(?:fell|rose|climbed|dropped|slipped|moved|jumped|slid|fallen|risen)\s+"
                                      r"(?:back\s+)?to)\s+$", regex.IGNORECASE)
_POSITION_SCOPE_AFTER = regex.compile(
    # ("19th out of 36 OECD countries", "14th of 120 countries": the number ranked names the ranking too)
    r"(?:\s+(?:place|position|spot))?"  # ("sixth place in ...")
    # ("4th for the gender pay gap", "4th among the 12 UK regions")
    r"\s+(?:in|among|on|for(?!\s+(?:its|their)\b)|(?:out\s+)?of\s+(?P<size>\d[\d,]*)\s+)\s*(?:the\s+)?"
    r"(?:(?<=among\s+(?:the\s+)?)\d{1,3}\s+)?(?:(?:19|20)\d\d\s+)?"
    r"(?:(?:ranking|list|league\s+table)\s+of\s+(?:the\s+)?)?"  # ("in the ranking of the most targeted sectors")
    # (an index's edition year after its name: "the Energy Transition Index 2022")
    r"(?P<scope>(?:[A-Za-z][\w'’-]*\s+){0,5}?[A-Za-z][\w'’-]*)(?:\s+(?:19|20)\d\d\b)?"
    # ("for its response to modern slavery": what it is ranked for)
    r"(?P<by>\s+for\s+(?:(?:its|their)\s+)?(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*"
    r"(?:\s+per\s+[\d,]+(?:\s+[a-z]+)?)?)?"
    r"(?=\s*(?:[,;:.()]|$)|\s+(?:in|on|with|behind|after|ahead|and|but|while|since|last|this|over|during)\b)")
# The ranking named after the number ranked: "14th of 120 countries| in the Water Utility Index 2022".
_NAMED_RANKING_AFTER = regex.compile(r"\s+(?:in|on)\s+(?:the\s+)?(?:(?:19|20)\d\d\s+)?"
                                     r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){1,5})")


def position_scope(claim: Claim) -> Optional[str]:
    """The ranking a plain position is in ("world for press freedom", "open budget index"), or None when no
    ranking verb precedes it and no ranking follows."""
    at = position_in_sentence(claim)
    if not _POSITION_VERB_BEFORE.search(claim.sentence, max(0, at - 20), at):
        return None
    m = _POSITION_SCOPE_AFTER.match(claim.sentence, at + len(" ".join(claim.text.split())))
    if m is None:
        # "The United States ranked first in drug spending, and Switzerland ranked second": the ranking of the
        # position before it in a list that leaves it out
        earlier = _EARLIER_POSITION_THEN_ANOTHER.search(claim.sentence, 0, at)
        if earlier is None or _POSITION_SCOPE_AFTER.match(claim.sentence, earlier.end("position")) is None:
            return None
        m = _POSITION_SCOPE_AFTER.match(claim.sentence, earlier.end("position"))
    scope = " ".join(m.group("scope").lower().split())
    named = _NAMED_RANKING_AFTER.match(claim.sentence, m.end()) if m.group("size") else None
    if named is not None:
        # "4th of 15 countries in the Water Utility Index" and "7th in the Water Utility Index": one ranking,
        # however the number ranked is worded
        scope = " ".join(named.group("name").lower().split())
    elif m.group("size"):
        scope = f"{m.group('size').replace(',', '')} {scope}"
    by = " ".join((m.group("by") or "").lower().split())
    return scope + (f" {by}" if by else "")


# An earlier position in the sentence, then a name and its position that leaves the ranking out: "ranked
# |first| in drug spending per person in 2022, and Switzerland ranked |second".
_EARLIER_POSITION_THEN_ANOTHER = regex.compile(
    r"\b(?:ranked|ranks|rank|placed|came|was|is)\s+(?P<position>first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|\d{1,3}(?:st|nd|rd|th))\b[^;.]{3,90}?,?\s+(?:and|while|with|followed\s+by|ahead\s+of)?\s*"
    r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:(?:ranked|ranks|placed|came|was|is)\s+)?$")


# Superlatives that say only which way an order runs: what is ordered is the noun after them.
_ORDER_ONLY = frozenset("highest lowest largest smallest fewest".split())
# The word of the rank's span that holds the superlative, then the nouns it orders ("highest| dropout rate").
_ORDERED_NOUNS = regex.compile(r"[\w-]*(?:highest|lowest|largest|biggest|greatest|smallest|fewest)\s+"
                               # (past an adverb and its participle: "largest publicly owned ferry operator")
                               r"(?P<nouns>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?"
                               r"|[a-z]{3,}ly\s+[a-z]+(?:\s+[a-z][\w-]*){1,2}?)"
                               r"(?=\s+(?:in|of|among|for|on|at|to|across|"
                               r"after|behind|since|by|and|or|with)\b|\s*[,;:.()]|\s*$)", regex.IGNORECASE)
# Words after a superlative that order nothing of their own ("the third largest in the country").
_NOT_ORDERED = frozenset("number share proportion".split())
# What a place or a body is ranked as, not what it is ranked by: "the second largest city", "largest economy".
_RANKED_THINGS = frozenset("city cities country countries town towns region regions state states economy economies "
                           "company companies firm firms employer employers industry industries market markets "
                           "producer producers exporter exporters importer importers source sources".split())


def _settle_unknown_places(frame: pd.DataFrame, parts: set[str]) -> pd.DataFrame:
    """A claim that names no place, in a document with no main place, joins the one place its measure is stated
    for elsewhere.

    "more than 3,000 cases" in a story that never says where, and "about 2,100 cases in Norland": when
    Norland is the only place any document gives for that measure and period, both are about Norland.
    With two or more places on record the claim stays unplaced, since it could be about either. (A document
    that names a place once, and gives another figure of the measure with none, may still be about another
    place: "In Halvergate, 1,240 deaths ... The annual mean was 22.1" can join a Port Selwyn review's figure;
    but a national release that names one city stays national.)
    A figure its sentence calls national joins the one country the gazetteer knows on record ("Kenya will
    recruit 3,400 teachers" and "the ministry will recruit 2,400 teachers nationally"), never a place that may
    be a province.
    """
    if frame.empty:
        return frame
    keys = ["measure", "subject", "period"]
    known = frame[frame["place"] != "unknown"].dropna(subset=keys)
    # (a figure that names no place is a country's or the whole thing's, not one for a province or a continent:
    # "sales of Verolin were $1.2 billion" is no other figure for "sales in Europe", and a province's figure
    # leaves the country the one place on record)
    whole = {place: not (is_part_or_group_of_countries(place) or place in parts) for place in known["place"].unique()}
    known = known[known["place"].map(whole).astype(bool)]
    if known.empty:
        return frame
    frame = frame.copy()
    # (a document that names only a group of countries may speak of it where a sentence names no place: "registrations
    # in the EU rose 13.9%. Battery-electric cars had a market share of 14.6%" is no figure for Germany)
    # (not a ranking's span: "the third-largest entry point for cocaine in Europe" is about one country)
    named = frame[~frame["place"].isin(("unknown", "national", "several places")) & (frame["kind"] != "rank")]
    of_groups = set(named["source"]) - set(named.loc[~named["place"].map(is_group_of_countries), "source"])
    # (a document that names a part of a country the gazetteer knows, "Police in England and Wales conducted ...",
    # speaks of that part where a sentence names no place, not of a town or a force's area another document names)
    of_parts = {source for source, place in named[["source", "place"]].itertuples(index=False)
                if any(country_of_part(name) is not None for name in place.split(" and "))}
    for unplaced, candidates in (("unknown", known), ("national", known[known["place"].map(is_country).astype(bool)])):
        for sources, pool in ((of_parts, candidates[candidates["place"].map(lambda p: place_name(p) is not None)
                                                    .astype(bool)]),
                              (set(frame["source"]) - of_parts, candidates)):
            rows = (frame["place"] == unplaced) & ~frame["source"].isin(of_groups) & frame["source"].isin(sources)
            if not rows.any() or pool.empty:
                continue
            places = pool.groupby(keys)["place"].agg(lambda p: p.iloc[0] if p.nunique() == 1 else None).dropna()
            lookup = places.to_dict()
            frame.loc[rows, "place"] = [
                lookup.get((m, s, p), unplaced) for m, s, p in frame.loc[rows, keys].itertuples(index=False)
            ]
    return frame


def _places_named_as_parts(sentences: list[str]) -> set[str]:
    """The places (lower-cased) the corpus calls parts of a country: "the neighbouring city of Eastmoor" ->
    "eastmoor", "Riau province" -> "riau" and "riau province"."""
    parts: set[str] = set()
    for sentence in sentences:
        for m in _NAMED_AS_A_PART.finditer(sentence):
            name = " ".join((m.group("after") or m.group("before")).lower().split())
            if m.group("before"):
                parts.add(f"{name} {m.group('kind').lower()}")
            if not is_country(name):
                parts.add(name)  # ("Mexico City", "the State of Mexico": Mexico is still a country)
    return parts


_PART_WORDS = "city|town|county|district|province|region|municipality|state|department|prefecture|governorate"
_NAMED_AS_A_PART = regex.compile(
    rf"\b(?i:{_PART_WORDS})\s+of\s+(?P<after>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}})"
    # (not "The state of Norvena": an article is no name)
    rf"|(?P<before>{NOT_A_NAME}[A-Z][\w'’-]*"
    rf"(?:\s+[A-Z][\w'’-]*){{0,2}})\s+"
    rf"(?P<kind>(?i:{_PART_WORDS}))\b")


def _owners_as_places(claims: list[Claim]) -> list[Claim]:
    """Claims whose owner is a place that other claims name as their place, with it as their place: "Ostmark
    received 62,400 asylum applications" (owner "ostmark") is about the place of "58,000 asylum applications
    in Ostmark", where a name the corpus never gives as a place ("Halvard hired 900") stays an owner."""
    places = {c.place.lower(): c.place for c in claims if c.place}
    if not places:
        return claims
    # (not a table's row: "Port Aurel" beside three regions is one row of a breakdown, whatever prose says of it)
    return [c.model_copy(update={"place": places[c.part], "part": None})
            if c.place is None and c.part is not None and c.part in places and c.cell is None else c for c in claims]


# A name that opens a sentence as its subject ("Jalisco recorded 212 femicides", "Norvena's rate was 5.6",
# "In 2023, Norvena had ..."), maybe after a date or a short opening phrase.
_SUBJECT_NAME = regex.compile(
    # (a Markdown list item's marker may come first: "- Local government bodies were hit by ...")
    LIST_MARK + r"(?:(?:In|By|During|At\s+the\s+end\s+of)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d,\s+)?"
    # (or a name after "The" that an apposition follows: "The Championship, the second tier, recorded ...")
    rf"(?:(?P<name>{NOT_A_NAME}[A-Z][\w-]*"
    r"(?:\s+[A-Z][\w-]*){0,2}?)(?:['’]s?\s|,\s|\s+(?=[a-z]))"
    r"|The\s+(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}),\s+(?:the|a|an|its|which|whose)\s)")


def _subjects_as_places(claims: list[Claim], lower_case_words: frozenset[str] = frozenset()) -> list[Claim]:
    """Claims with no place in a sentence whose subject is a name the corpus gives as a place elsewhere, with that
    place: "Jalisco recorded 212 femicides" is about the Jalisco of "In Jalisco, 198 were recorded", and "Norvena's
    rate" about Norvena. A name the corpus never gives as a place stays what it was (a company, a body), and is
    the figure's entity when it has none: "Blantyre has recorded 2,140 cases" and "Lilongwe has recorded 457
    cases" are two districts' (or two firms') figures, not two accounts of one. (A capitalised first word that
    the corpus also writes in lower case, "Officials said ...", is no name.)"""
    places = {c.place.lower(): c.place for c in claims if c.place}
    # (each sentence read once, for all its claims)
    subject_names: dict[str, Optional[regex.Match]] = {}
    for_places: dict[str, list[str]] = {}
    placed = []
    for c in claims:
        if c.place is None and c.cell is None:
            sentence = c.sentence
            if sentence not in subject_names:
                m = _SUBJECT_NAME.match(sentence)
                if m is not None and _OPENING_ADVERB.fullmatch(m.group("name")):
                    m = None  # "Overall, wheat production was ...", "Nationally, ...": no name
                subject_names[sentence] = m
                # ("an unemployment rate of 6.2% for Varnia": a place the corpus knows, after "for")
                for_places[sentence] = [places[n.group("name").lower()] for n in _FOR_NAME.finditer(sentence)
                                        if n.group("name").lower() in places]
            m = subject_names[sentence]
            if m is not None and m.group("name").lower() in places and m.end("name") <= position_in_sentence(c):
                c = c.model_copy(update={"place": places[m.group("name").lower()]})
            elif len(for_places[sentence]) == 1:
                c = c.model_copy(update={"place": for_places[sentence][0]})
            elif m is not None and c.entity is None and c.part is None and c.kind in _MEASURED_KINDS \
                    and m.group("name").split()[0].lower() not in lower_case_words \
                    and m.group("name").lower() not in _COMMON_MODIFIERS \
                    and m.end("name") <= position_in_sentence(c):
                c = c.model_copy(update={"entity": m.group("name")})
        placed.append(c)
    return placed


# Words that open a noun phrase, not a name, however the corpus writes them: "Member firms detected", "Local councils
# spent", "Private insurers paid".
_COMMON_MODIFIERS = SUBGROUP_WORDS | NON_RESTRICTIVE | frozenset(
    "member members small smaller large larger major new average most many some all other online several "
    "independent registered licensed".split())
# A word that opens a sentence to frame it, not to name its subject.
_OPENING_ADVERB = regex.compile(r"[A-Z][a-z]+ly|Overall|Meanwhile|However|Still|Instead|Elsewhere|Altogether|Together|"
                                r"Moreover|Furthermore|Again|Also|Yet|Thus|Hence|Therefore|Nevertheless|Nonetheless|"
                                r"Otherwise|Besides|Today|Yesterday|Worldwide|Overseas|Abroad|Here|There|Now|Then|"
                                # (a preposition or conjunction: "According to the Home Office, 16,938 ...")
                                r"According|Despite|Since|After|Before|Between|Among|Across|Under|With|Without|From|"
                                r"During|Following|Although|While|When|Whereas|If|As|Because|Unlike|Until|Over")


_MEASURED_KINDS = frozenset(("count", "money", "percent", "quantity", "rate", "duration"))
_WORD = regex.compile(r"(?<![\w'’-])[A-Za-z][\w'’-]*")


def corpus_words(texts: list[str]) -> tuple[frozenset[str], dict[str, int]]:
    """One read of every text for two things: the words written in lower case somewhere (common words, not
    names), and how many texts write each capitalised word (a name several documents give is what they share)."""
    lower: set[str] = set()
    named_in: dict[str, int] = defaultdict(int)
    for text in texts:
        words = set(_WORD.findall(text))
        lower.update(w for w in words if w[0].islower())
        for word in words:
            if word[0].isupper():
                named_in[word] += 1
    return frozenset(lower), named_in


_FOR_NAME = regex.compile(r"\bfor\s+(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\b")


# A figure said to span several countries is no one country's: "Across the five countries, prosecutors opened
# 2,100 investigations", "in 32 countries, 36 million children".
_MANY_COUNTRIES = regex.compile(r"\b(?:across|in|for|among|throughout)\s+(?:the\s+|all\s+|these\s+)?(?:\d+|two|three|"
                                r"four|five|six|seven|eight|nine|ten|several|many|\w+\s+(?:African|Asian|European|"
                                r"American|Arab|Latin\s+American|Central\s+American))\s+(?:countries|nations|states|"
                                # (a sum over several places within one: "across the three cities")
                                r"cities|towns|regions|provinces|counties|boroughs|districts|municipalities|"
                                r"territories|islands)\b",
                                regex.IGNORECASE)
def _sum_over_several_places(claim: Claim) -> bool:
    """Whether a figure's sentence says it is summed over several places ("across the three cities"), of which the
    figure is not the number ("the three| cities": which places, no sum)."""
    many = _MANY_COUNTRIES.search(claim.sentence)
    if many is None:
        return False
    at = position_in_sentence(claim)
    return not many.start() <= at < many.end()


def _whole_of_places_listed(claim: Claim, places: list[tuple[int, str]]) -> bool:
    """Whether a figure is the whole of a listing of parts in two places or more after a colon: "640 ambulances: 210
    in Brenholt, 170 in Eastmere, ...", a sum over them, no figure for any one."""
    at = position_in_sentence(claim)
    after = sorted((position, place) for position, place in places if position > at)
    return len({place for _, place in after}) >= 2 and ":" in claim.sentence[at:after[0][0]]


# A figure said to be the whole country's: "The national femicide rate was 2.7", "Nationwide, 655 investigations".
_NATIONAL = regex.compile(r"\b(?:national|nationwide|nationally|countrywide|country-wide|across\s+the\s+country|"
                          r"the\s+country['’]s)\b", regex.IGNORECASE)


_NATIONAL_ANYWHERE = frozenset(("nationwide", "nationally", "countrywide", "country-wide"))


def _national(place: str, claim: Claim) -> str:
    """A figure with no place that its sentence calls national is the country's, whatever province or city the corpus
    gives for the same measure: it is kept apart from them, not settled on one."""
    if place == "unknown":
        # ("according to the national inventory" after the figure names its source, not its scope)
        national = _NATIONAL.search(claim.sentence)
        if national is not None and (national.start() < position_in_sentence(claim)
                                     or national.group().lower() in _NATIONAL_ANYWHERE):
            return "national"
    return place


_NATIONAL_TITLE = regex.compile(r"\b(?:national|nationwide|countrywide)\b(?!\s+(?:park|museum|theatre|theater|gallery|"
                                r"library|trust|league|team|stadium|guard|front|party)\b)", regex.IGNORECASE)


def _main_place(claims: list[Claim], title: Optional[str], corpus_places: dict[str, str],
                parts: set[str]) -> Optional[str]:
    """The place a document is about when the gazetteer knows none of its places: the place its claims give in
    the most sentences (a place the corpus gives in its title counts twice), when no other is given as often and
    it is given at least twice. Not a province or a city the corpus names as part of a country: a national
    figure is no figure for its capital."""
    if title and _NATIONAL_TITLE.search(title):
        return None  # "National water statistics": the places it names are parts of the country it is about
    counts: dict[str, int] = defaultdict(int)
    for sentence, place in {(c.sentence, c.place.lower()) for c in claims if c.place and " and " not in c.place}:
        counts[place] += 1
    if title:
        for key, name in corpus_places.items():
            if regex.search(rf"\b{regex.escape(name)}\b", title):
                counts[key] += 2
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    key = ranked[0][0]
    if key in parts or key == "world" or is_part_or_group_of_countries(corpus_places[key]):
        return None
    if place_name(corpus_places[key]) is None and not (title and regex.search(rf"\b{regex.escape(corpus_places[key])}\b",
                                                                             title)) \
            and any(country_of_part(name) is not None for c in claims if c.place
                    for name in c.place.split(" and ")):
        # "Police in England and Wales conducted 528,420 searches ... Northvale Constabulary conducted 12,840": a
        # place the gazetteer does not know, beside a part of a country it knows, is a town or a force's area within
        # it, no place of the document's other figures
        return None
    return corpus_places[key]


def _local_publisher_place(publisher: Optional[str], text: str) -> Optional[str]:
    """The place of a local body that publishes the document ("Marrowfield City Council", "City of Port Aurel"), when
    the text names it too: where the figures of its report that name no place are."""
    # ("Marrowfield City Council, Transport and Highways Directorate": the body, then its department)
    body = _LOCAL_BODY.match(publisher.strip()) if publisher else None
    if body is not None and not _BODY_ENDS.match(publisher.strip(), body.end()):
        body = None
    if body is None:
        return None
    place = body.group("place")
    return place if regex.search(rf"\b{regex.escape(place)}\b(?!\s+(?:City|County|Borough|District|Town)?\s*Council)",
                                 text) else None


_BODY_ENDS = regex.compile(r"\s*(?:[,;(–—-]|$)")
_LOCAL_BODY = regex.compile(
    r"(?:[Tt]he\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}?)\s+(?:City|County|Borough|District|Town|"
    r"Metropolitan\s+Borough|Municipal|Parish)\s+(?:Council|Corporation)"
    # (and a local service: "Marrowfield Fire and Rescue Service", "Northvale Constabulary")
    r"|(?:[Tt]he\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}?)\s+(?:Fire\s+and\s+Rescue\s+Service|"
    r"Fire\s+(?:and\s+Rescue\s+)?Authority|Fire\s+Service|Fire\s+Brigade|Constabulary|Police\s+Service|Police)"
    r"|(?:[Tt]he\s+)?(?:City|County|Borough|Municipality|Mayor)\s+of\s+"
    r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")


# A name a title says the document is of: "External Trade of| Kestria", "Kestria's| exports climb".
_TITLE_NAME = regex.compile(r"(?:\bof\s+|^|:\s+)(?P<name>[A-Z][a-z]{2,})(?=['’]s\b|\s*[:,]|\s+[a-z]|\s*$|\s+[A-Z])")


def _name_in_title(title: Optional[str], text: str) -> Optional[str]:
    """A name the gazetteer does not know that the title says the document is of, and that the text names twice
    or more ("Kestria", "Kestrian") and never writes in lower case (so a place or a body, not a word): where the document's figures
    that name no place are, whatever foreign country it names as a buyer or a rival."""
    if not title:
        return None
    for m in _TITLE_NAME.finditer(title):
        name = m.group("name")
        if place_name(name) is not None or name.lower() in _TITLE_WORDS \
                or not regex.search(rf"(?:\b(?:in|of|to|from|across|throughout)\s+{name}|{name}['’]s)\b", text):
            continue  # (a place, somewhere in the text: "in Kestria", "Kestria's"; not "Written answer", "Six years")
        if regex.search(rf"\b{name}\s+(?:programme|program|scheme|campaign|initiative|project|fund|app|platform|"
                        r"grant|transfer|survey)s?\b", text):
            continue  # "the Familia Segura programme": what the document is about is a programme, not a place
        # (a name that opens a title before other capitalised words, "Estrelia Energy Statistics", must stand
        # alone in the text: "in Estrelia", "Estrelia's")
        alone = r"(?!\s+[A-Z])" if title[m.end("name"):].startswith(" ") and title[m.end("name") + 1:][:1].isupper() else ""
        if len(regex.findall(rf"(?<![\w-]){name}(?:n|ns|ian|ians)?(?![\w-]){alone}", text)) >= 2 \
                and not regex.search(rf"(?<![\w-]){name.lower()}(?![\w-])", text):
            return name
    return None


_TITLE_WORDS = frozenset("the annual quarterly monthly report review update results statistics bulletin news brief "
                         "external trade crime health budget national global world state ministry department office "
                         "agency government council commission bank fund institute university committee police court "
                         "parliament federal central regional international press statement new".split())


def _part_in_title(title: Optional[str], corpus_places: dict[str, str], parts: set[str]) -> Optional[str]:
    """The province, state or city a document's title names as all it is about ("Ontario: results of the vote"),
    or a place the gazetteer does not know, when the title names one place and no country the gazetteer knows:
    the place of the document's figures that state none, which are no national figures. A part named only in the text is no such evidence (a national report may name its
    capital in every paragraph)."""
    if not title:
        return None
    named = [name for key, name in corpus_places.items()
             if regex.search(rf"(?<![\w-]){regex.escape(name)}(?![\w-])", title)]
    if len(named) != 1 or main_country(title) is not None:
        return None
    name = named[0]
    # (a place the gazetteer does not know, named in the title, is what the document is about too: "External Trade
    # of Kestria, 2023" is Kestria's, however often it names China as a buyer)
    return name if name.lower() in parts or country_of_part(name) is not None or place_name(name) is None else None


# A title that says the document is about the world: "Global Music Report 2024", "Worldwide smartphone shipments"
# (not a body's name: "Global Fund grants to Kenya", "World Bank country brief").
_WORLD_TITLE = regex.compile(r"\b(?:global|worldwide|world['’]s|world)\b(?!\s+(?:fund|bank|health|food|trade|cup|"
                             r"economic|vision|wildlife|heritage|service|series|war|championships?|council|alliance|"
                             r"programme|program|organi[sz]ation)\b)", regex.IGNORECASE)


def _about_the_world(title: Optional[str], claims: list[Claim], country: str) -> bool:
    """Whether a document's figures that state no place are the world's, not those of the country it names most:
    its title says so ("Global Music Report"), or it places figures in the world in at least three sentences,
    twice as many as in that country ("The United States was the largest market" names a country in a global
    report, no more)."""
    if title and _WORLD_TITLE.search(title) and country.lower() not in title.lower():
        return True
    places = {(c.sentence, (c.place or "").lower()) for c in claims if c.place}
    in_world = sum(1 for _, place in places if place == "world")
    in_country = sum(1 for _, place in places if place == country.lower())
    return in_world >= 3 and in_world >= 2 * in_country


def _joined_place_in_title(title: Optional[str], claims: list[Claim]) -> Optional[str]:
    """A place of two joined by "and" that the title names and the document's figures give ("Fraud in England and
    Wales": England and Wales, one statistical area), or None."""
    if not title or " and " not in title:
        return None
    for c in claims:
        if c.place and " and " in c.place and c.place in title:
            return c.place
    return None


def _country_in_title(title: Optional[str]) -> Optional[str]:
    """The one country a title names ("Portugal's tax take hits record"): what the document is about, however often
    its text names a neighbour; None where the title names none or several."""
    if not title:
        return None
    country = main_country(title)
    if country is None or main_country(regex.sub(regex.escape(country), " ", title, flags=regex.IGNORECASE)):
        return None
    return country


def _place_common_names(events: list[EventMention], infos: dict[str, DocumentInfo]) -> list[EventMention]:
    """A thing named in small letters ("minimum unit pricing was introduced in May 2018") is a kind of policy many
    countries have: without a place of its own it is the one of its document's country (Scotland's, in a report
    about Scotland), never another document's."""
    placed = []
    for e in events:
        info = infos.get(e.source)
        if ": " not in e.entity and is_common_name(e.entity_name) and info is not None:
            # (or the one place its title names: "Alcohol pricing in Scotland")
            named = known_places_in(info.title or "")
            where = info.country if info.country not in (None, "world") else next(iter(named)) if len(named) == 1 \
                else None
            if where is not None:
                e = e.model_copy(update={"entity": f"{where.lower()}: {e.entity}"})
        placed.append(e)
    return placed


def _settle_event_countries(events: list[EventMention]) -> list[EventMention]:
    """A named thing given without its country ("the Blue Heart Campaign") is the one of that name the corpus
    gives a country for ("the Blue Heart Campaign in Mexico"), when it gives one country only: with Nigeria's and
    Ghana's national action plans on record, "the National Action Plan" stays either's."""
    # ("the Yorkshire Water Drought Plan" is "Yorkshire Water's Drought Plan")
    owned = owned_keys(events)
    events = [e.model_copy(update={"entity": owned[e.entity]}) if e.entity in owned else e for e in events]
    # ("the Water Act" is "the Water Act 2007" where the corpus names no other year's)
    dated = law_year_keys(events)
    events = [e.model_copy(update={"entity": dated[e.entity]}) if e.entity in dated else e for e in events]
    # ("the Safe Harbour scheme" is "the Safe Harbour Resettlement Scheme" where the corpus names no other)
    short = short_name_keys(events)
    events = [e.model_copy(update={"entity": short[e.entity]}) if e.entity in short else e for e in events]
    # ("the Memory Matters Fund" is no "Memory Matters Network")
    split = head_keys(events)
    events = [e.model_copy(update={"entity": split[(e.entity, e.entity_name)]}) if (e.entity, e.entity_name) in split
              else e for e in events]
    countries: dict[str, set[str]] = defaultdict(set)
    for e in events:
        if ": " in e.entity:
            countries[e.entity.split(": ", 1)[1]].add(e.entity)
    if not countries:
        return events
    # (not a thing named in small letters, which many countries have: "minimum unit pricing")
    return [e.model_copy(update={"entity": next(iter(countries[e.entity]))})
            if ": " not in e.entity and len(countries.get(e.entity, ())) == 1 and not is_common_name(e.entity_name)
            else e for e in events]


def align(documents: list[Document], claims_by_document: dict[str, list[Claim]]) -> Alignment:
    lower_case_words, named_in = corpus_words([d.text for d in documents])
    claims: list[Claim] = _subjects_as_places(
        _owners_as_places([c for d in documents for c in claims_by_document.get(d.source, [])]), lower_case_words)
    # (each document's own initialisms are written out at extraction; these are those another document defines)
    glossary = initialisms.agreed(initialisms.definitions(d.text) for d in documents)
    # (and initials that another document's subject writes out: "ASF outbreaks", "African swine fever outbreaks")
    implied = initialisms.implied(c.subject for c in claims if c.subject)
    claims = initialisms.spell_out_subjects(claims, {**implied, **glossary})
    by_source: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_source[c.source].append(c)
    # (the whole text: "the City of Port Aurel" may be said in a sentence with no figure)
    parts = _places_named_as_parts([d.text for d in documents])
    corpus_places = {c.place.lower(): c.place for c in claims if c.place and " and " not in c.place}
    infos = {}
    counted = set()  # documents whose place is only the one they name most, which may be a city's
    for d in documents:
        country = _part_in_title(d.title, corpus_places, parts) or _name_in_title(d.title, d.text) \
            or _country_in_title(d.title) or _joined_place_in_title(d.title, by_source.get(d.source, [])) \
            or _local_publisher_place(d.publisher, d.text) or main_country(d.text)
        if country is not None and _about_the_world(d.title, by_source.get(d.source, []), country):
            # (only against a country it names: a document that names none stays unplaced, as alike as other
            # unplaced documents, which may be about the world too)
            country = "world"
        elif country is None:
            country = _main_place(by_source.get(d.source, []), d.title, corpus_places, parts)
            counted.add(d.source)
        infos[d.source] = DocumentInfo(source=d.source, title=d.title, published=d.published,
                                       published_estimated=d.published_estimated, country=country,
                                       headings=[m.start() for m in _HEADING_LINE.finditer(d.text)] if "#" in d.text
                                       else [], text=d.text)
    rows = []
    listed = _listed_parts(claims)
    places_in_sentence: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
    for c in claims:
        if c.place:
            places_in_sentence[(c.source, c.sentence)].append((position_in_sentence(c), c.place))
    for i, c in enumerate(claims):
        info = infos[c.source]
        measure = measure_key(c)
        rows.append({
            "i": i,
            "source": c.source,
            "kind": c.kind,
            "measure": measure,
            "flow_measure": flow_measure_key(c, measure),
            "subject": subject_key(c),
            "place": "several places" if c.place is None and (
                _sum_over_several_places(c) or _whole_of_places_listed(c, places_in_sentence[(c.source, c.sentence)]))
            # ("in the province", in a story that names none: a part of the country of its own, no other story's)
            else f"{c.place.lower()} of {c.source}" if c.place and is_unnamed_part(c.place)
            # ("Nationally, utilities had 2.3 million connections" in a release that names Mombasa most: the
            # country's figure, not Mombasa's)
            # (nor in a document about a place the gazetteer does not know as a country: "Nationally, 262 people
            # died" in a brief on Marrowfield is the country's, not Marrowfield's)
            else _national("unknown", c) if c.place is None and (c.source in counted or info.country
                                                                  and not is_country(info.country))
            and _national("unknown", c) == "national"
            else _national(place_key(c, info.country), c),
            "period": period_key(c),
            "scope": _rank_scope(c) if c.kind == "rank" else None,
            "part": _is_breakdown_part(c) or i in listed,
            "sentence": c.sentence,
        })
    frame = pd.DataFrame(rows, columns=["i", "source", "kind", "measure", "flow_measure", "subject", "place", "period",
                                        "scope", "part", "sentence"])
    # (a place the gazetteer does not know is a whole country only where some document is about it, or several
    # documents give it: "In Bavaria, the rate was 7.1%" in one sentence of a national release names a region)
    main_places = {info.country.lower() for info in infos.values() if info.country}
    frame = _settle_unknown_places(frame, parts | {p for p in frame["place"].unique()
                                                   if p not in main_places and place_name(p) is None
                                                   and p not in ("unknown", "national", "several places")
                                                   and named_in.get(corpus_places.get(p, p).split()[0], 0) < 2})

    def groups(df: pd.DataFrame, keys: list[str]) -> list[list[int]]:
        if df.empty:
            return []
        members = df.groupby(keys, sort=True, dropna=True)["i"].agg(list)
        return [group for group in members.tolist() if len(group) > 1]

    measurable = frame[frame["measure"].notna() & frame["subject"].notna() & ~frame["part"]
                       & frame["kind"].isin(["count", "percent", "money", "quantity", "rate", "duration"])]
    measure_groups = groups(measurable, ["measure", "subject", "place", "period"])
    # A rate ("28 committals a day") and a total for a year ("7,820 committals in 2023") are one flow counted two ways.
    # (what "added 150,000 customers" in a year is a change of the stock, and the flow's total)
    yearly = measurable[measurable["period"].str.fullmatch(r"(?:19|20)\d\d(?:/(?:19|20)\d\d)?")
                        & measurable["flow_measure"].notna()
                        & ~measurable["flow_measure"].fillna("").str.contains(":change|:expected|@| per ",
                                                                             regex=True)].copy()
    yearly["flow"] = [m if m.endswith("/year") else ("count/year" if m == "count" else m + "/year")
                      for m in yearly["flow_measure"]]
    flow_groups = [g for g in groups(yearly, ["flow", "subject", "place", "period"])
                   if len({claims[i].per is None for i in g}) == 2]
    # A series is of levels: changes stated for different periods are no series of one measure.
    trend_groups = groups(measurable[~measurable["measure"].str.endswith(":change")], ["measure", "subject", "place"])
    ranks = frame[(frame["kind"] == "rank") & frame["scope"].notna()].copy()
    if not ranks.empty:
        # a rank whose document names no place is in the one place its ranking is given for elsewhere
        # (a country's, not the world's or a province's: "the second leading cause of death" in a story about
        # Valdoria, beside "one of the leading causes of death worldwide")
        whole = ranks["place"].map(lambda p: p not in ("unknown", "national") and p not in parts
                                   and not is_part_or_group_of_countries(p)).astype(bool)
        known = ranks[whole].groupby("scope")["place"].agg(
            lambda p: p.iloc[0] if p.nunique() == 1 else None).dropna().to_dict()
        unknown = ranks["place"] == "unknown"
        ranks.loc[unknown, "place"] = [known.get(scope, "unknown") for scope in ranks.loc[unknown, "scope"]]
    rank_groups = groups(ranks, ["scope", "place"])
    sentence_groups = [g for g in groups(frame, ["source", "sentence"])]
    listing_groups, listing_sentences = [], []
    indices_by_source: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        indices_by_source[c.source].append(i)
    for source, indices in indices_by_source.items():
        indices.sort(key=lambda i: claims[i].start)
        for group, listing in _listings(infos[source].text, [claims[i] for i in indices]):
            listing_groups.append([indices[k] for k in group])
            listing_sentences.append(listing)

    events: list[EventMention] = []
    known = known_things({c.sentence for c in claims if c.kind == "date"})
    texts = {d.source: d.text for d in documents}
    for source, doc_claims in by_source.items():
        events.extend(mentions_for_document(doc_claims, known, texts.get(source)))
    events = _settle_event_countries(_place_common_names(events, infos))

    return Alignment(claims=claims, documents=infos, measure_groups=measure_groups, trend_groups=trend_groups,
                     rank_groups=rank_groups, flow_groups=flow_groups, sentence_groups=sentence_groups,
                     listing_groups=listing_groups, listing_sentences=listing_sentences, events=events)
