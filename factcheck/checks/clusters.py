"""Majority and dissent: several documents agreeing against one make one finding, not one per pair.

Every claim a check compares allows an interval of values (a number with its
hedge and rounding, a rank position, the dates an event may have happened on).
The majority view is the value the most documents allow at once; a claim that
allows nothing the majority allows dissents. Found with one sweep over sorted
interval ends, so a block of ten thousand agreeing claims costs n log n, not n².
"""

from __future__ import annotations

from collections import defaultdict
from typing import Callable, Hashable, Sequence, TypeVar

T = TypeVar("T")


def majority_and_dissent(
    items: Sequence[T],
    low: Callable[[T], float],
    high: Callable[[T], float],
    document: Callable[[T], Hashable],
    weight: Callable[[T], float] = lambda item: 1.0,
) -> tuple[list[T], dict[Hashable, list[T]]]:
    """(items that allow the majority's value, {document: its items that allow none of the majority's values}).

    Ties between equally many documents go to the point with the most weight: an event's
    printed date outweighs a date worked out from "six years after".
    """
    if len(items) < 2:
        return list(items), {}
    # Starts sort before ends at the same point, so touching intervals count as overlapping.
    events = []
    for index, item in enumerate(items):
        events.append((low(item), 0, index))
        events.append((high(item), 1, index))
    events.sort(key=lambda e: (e[0], e[1]))
    open_per_document: dict[Hashable, int] = defaultdict(int)
    documents_open = items_open = 0
    best_point, best_support = None, (-1, -1)
    for point, is_end, index in events:
        doc = document(items[index])
        if not is_end:
            open_per_document[doc] += 1
            items_open += weight(items[index])
            if open_per_document[doc] == 1:
                documents_open += 1
            # Most documents first; among equals, the point most of their claims allow.
            if (documents_open, items_open) > best_support:
                best_point, best_support = point, (documents_open, items_open)
        else:
            open_per_document[doc] -= 1
            items_open -= weight(items[index])
            if open_per_document[doc] == 0:
                documents_open -= 1
    majority = [item for item in items if low(item) <= best_point <= high(item)]
    # The majority's intervals all hold best_point. Open ends ("more than 500") are closed by the majority's
    # stated values, so that 530, 530 and "more than 500" still disagree with 1,200.
    finite_lows = [low(item) for item in majority if low(item) != float("-inf")]
    finite_highs = [high(item) for item in majority if high(item) != float("inf")]
    # What the majority allows together is what each of its items allows: "1,284" and "about 1,300" agree on
    # 1,284, which "1,341" does not allow (though "about 1,300" alone would).
    hull_low = max(finite_lows) if finite_lows else float("-inf")
    hull_high = min(finite_highs) if finite_highs else float("inf")
    hull_low, hull_high = min(hull_low, best_point), max(hull_high, best_point)
    dissent: dict[Hashable, list[T]] = {}
    for item in items:
        if high(item) < hull_low or low(item) > hull_high:
            dissent.setdefault(document(item), []).append(item)
    return majority, dissent
