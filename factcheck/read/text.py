"""Plain text: the decoded text is the document, byte for byte after newline normalisation."""

from __future__ import annotations

from factcheck.read.metadata import Parsed


def parse_text(text: str, source: str) -> Parsed:
    # Nothing to strip or reflow: claim offsets must point into the file as the user sees it.
    return Parsed(text=text, format="text")
