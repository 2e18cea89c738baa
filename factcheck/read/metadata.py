"""Document metadata gathered from several places, and how the places rank.

A document's title, publisher, date and URL may come from three layers, which
are merged field by field, highest first:

1. *authored*: Markdown front matter, written by hand for this purpose;
2. the ``manifest.yaml`` beside the file, curated for the corpus;
3. *embedded*: HTML ``<title>``/``<meta>``, the PDF info dictionary, a
   Markdown document's first ``#`` heading. These are often produced by a CMS
   or a PDF producer ("Microsoft Word - draft3.docx"), so the manifest may
   correct them.

``published_estimated`` always travels with the ``published`` it describes:
it is taken from the same layer as the winning date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal, Optional

from factcheck.models import Page

Format = Literal["text", "markdown", "html", "pdf"]

# An ISO 8601 calendar date, optionally followed by a time ("2016-07-30T10:00:00+02:00").
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\S*$)")


def parse_iso_date(value: str) -> Optional[dt.date]:
    """The date at the start of an ISO 8601 date or date-time string; None when it is not one."""
    match = _ISO_DATE.fullmatch(value.strip())
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:  # "2016-02-30": the shape of a date, but no such day
        return None


@dataclass(frozen=True)
class Metadata:
    """One layer of metadata; None means "this layer does not say"."""

    title: Optional[str] = None
    publisher: Optional[str] = None
    published: Optional[dt.date] = None
    published_estimated: Optional[bool] = None
    url: Optional[str] = None

    def over(self, lower: "Metadata") -> "Metadata":
        """This layer's fields, falling back to ``lower`` where this layer is silent."""
        if self.published is not None:
            published, estimated = self.published, self.published_estimated
        else:
            published, estimated = lower.published, lower.published_estimated
        return Metadata(
            title=self.title if self.title is not None else lower.title,
            publisher=self.publisher if self.publisher is not None else lower.publisher,
            published=published,
            published_estimated=estimated,
            url=self.url if self.url is not None else lower.url,
        )


def merge(*layers: Optional[Metadata]) -> Metadata:
    """Merge layers given highest priority first; missing layers (None) are ignored."""
    result = Metadata()
    for layer in reversed([layer for layer in layers if layer is not None]):
        result = layer.over(result)
    return result


@dataclass(frozen=True)
class Parsed:
    """What a format module makes of a document's content, before the manifest is applied."""

    text: str
    format: Format
    authored: Metadata = Metadata()
    embedded: Metadata = Metadata()
    pages: tuple[Page, ...] = ()
