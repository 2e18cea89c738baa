"""Shared by the event-date and relative-time checks: disagreements on when an event happened."""

from __future__ import annotations

from collections import defaultdict
from typing import Iterator

from ..align import Alignment
from ..align.events import EventMention
from .clusters import majority_and_dissent


def event_disagreements(aligned: Alignment) -> Iterator[tuple[list[EventMention], list[EventMention]]]:
    """(majority mentions, one dissenting document's mentions) per named thing and action.

    Plans (events dated after their document was published) are compared only with plans: a
    date that was planned and one that came true are not two accounts of one fact, two plans
    for one thing are ("will close on 30 September", "will close on 31 October"). Relaunches
    are other events; every document's mentions of past events are compared, whatever its date.
    """
    groups: dict[tuple[str, str, bool], list[EventMention]] = defaultdict(list)
    for mention in aligned.events:
        if mention.action == "relaunch" or not mention.entity:
            continue
        groups[(mention.entity, mention.action, mention.planned)].append(mention)
    reported: set = set()
    for _, grouped in sorted(groups.items()):
        # "Finland joined NATO in 2023", "Sweden joined NATO in 2024": each member's accession is its own event
        actors = sorted({m.actor for m in grouped} - {None})
        for mentions in ([grouped] if len(actors) < 2 else [[m for m in grouped if m.actor in (a, None)]
                                                             for a in actors]):
            for majority, dissenting in _disagreements(mentions):
                key = tuple(sorted(id(m) for m in majority + dissenting))
                if key not in reported:
                    reported.add(key)
                    yield majority, dissenting


def _disagreements(mentions: list[EventMention]) -> Iterator[tuple[list[EventMention], list[EventMention]]]:
    """(majority, one document's dissent) among mentions of one event."""
    if len({m.source for m in mentions}) < 2 and len(mentions) < 2:
        return
    majority, dissent = majority_and_dissent(
        mentions, lambda m: m.earliest.toordinal(), lambda m: m.latest.toordinal(), lambda m: m.source,
        weight=lambda m: 1.0 if m.relative else 2.0,
    )
    for source in sorted(dissent):
        dissenting = dissent[source]
        # A sentence that lists several dates lists several events; it does not contradict itself.
        if all(m.source == d.source and m.claims[0].sentence == d.claims[0].sentence
               for m in majority for d in dissenting):
            continue
        yield majority, dissenting


def describe(mention: EventMention) -> str:
    return mention.wording or f"{mention.earliest.isoformat()}..{mention.latest.isoformat()}"
