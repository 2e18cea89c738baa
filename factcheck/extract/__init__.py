"""Stage 2 of the pipeline: documents in, typed claim records out.

`extract_document(document)` reads one `Document`; `extract(text)` is the same for
a bare string. See docs/claims.md for what counts as a claim.
"""

from __future__ import annotations

import datetime as dt
from typing import Optional, Union

from ..models import Claim, Document
from .scanner import extract_document


def extract(text: str, *, source: Optional[str] = None, published: Union[dt.date, str, None] = None) -> list[Claim]:
    """Every numeric claim in `text`, in order. `published` dates relative phrases ("to date", "last year")."""
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    document = Document(source=source or "-", text=text, published=published)
    return extract_document(document)


__all__ = ["extract", "extract_document"]
