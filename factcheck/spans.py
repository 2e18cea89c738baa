"""Where a claim's quoted span stands in its sentence, for every stage that needs it (checks, keys, reports)."""

from __future__ import annotations


def find_span(sentence: str, span: str) -> int:
    """The offset of span in sentence (both whitespace-collapsed by the caller): the first occurrence that stands
    as a word of its own ("10" in "10 drivers", not the "10" of "2010" nor of "2.10"), else the first occurrence,
    else -1."""
    first = at = sentence.find(span)
    while at >= 0:
        before = sentence[at - 1] if at else " "
        end = at + len(span)
        after = sentence[end] if end < len(sentence) else " "
        attached_before = before.isalnum() and span[:1].isalnum() or before in "_" or before in ".," and span[:1].isdigit()
        attached_after = after.isalnum() and span[-1:].isalnum() or after == "_"
        if not attached_before and not attached_after:
            return at
        at = sentence.find(span, at + 1)
    return first
