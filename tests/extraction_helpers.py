"""Helpers shared by the parser example tables (tests/test_parse_*.py)."""

from __future__ import annotations

from factcheck import extract


def claim_with(text: str, span: str):
    """The claim extracted from text whose quoted span is exactly span; fails the test, listing the spans found,
    when there is none."""
    claims = [c for c in extract(text) if c.text == span]
    assert claims, f"no claim {span!r} in {text!r}: {[c.text for c in extract(text)]}"
    return claims[0]
