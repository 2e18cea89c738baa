"""PDF: the text layer of each page, with where each page starts.

Pages are joined with ``PAGE_SEPARATOR`` (a form feed on a line of its own,
the traditional page break of plain-text exports) and ``Document.pages``
records the offset where each page's text starts, so a claim's offset maps
back to its 1-based page number with ``Document.page_at``.

Note for line counting: lines are counted by "\\n" only. ``str.splitlines``
also splits at the form feed, so it would count one extra line per page break.

A PDF whose pages have no text at all is almost always a scan; it raises
"no text layer (scanned PDF?)" rather than yielding an empty document. OCR is
out of scope.
"""

from __future__ import annotations

import contextlib
import io
import logging
from typing import Iterator, Optional

from pypdf import PdfReader

from factcheck.models import Page
from factcheck.read.encoding import normalise_newlines
from factcheck.read.metadata import Metadata, Parsed
from factcheck.read.problems import UnreadableError

PAGE_SEPARATOR = "\n\f\n"


@contextlib.contextmanager
def _quiet_pypdf() -> Iterator[None]:
    # pypdf logs every recoverable oddity of real-world files to stderr; we report what matters
    # ourselves. Raised only while we parse, so the rest of the program's logging is untouched.
    logger = logging.getLogger("pypdf")
    previous = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(previous)


def parse_pdf(data: bytes, source: str) -> Parsed:
    if not data:
        raise UnreadableError("empty file (zero bytes)", path=source)
    try:
        with _quiet_pypdf():
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                raise UnreadableError("encrypted PDF (needs a password)", path=source)
            page_texts = [_page_text(page.extract_text()) for page in reader.pages]
            title = _title(reader)
    except UnreadableError:
        raise
    except Exception as exc:  # noqa: BLE001
        # pypdf signals damaged files with many exception types (PdfReadError, ValueError, KeyError,
        # struct.error, missing optional crypto dependencies...); all mean "cannot read this PDF".
        raise UnreadableError(f"cannot read PDF: {exc or type(exc).__name__}", path=source) from None

    if not page_texts:
        raise UnreadableError("PDF has no pages", path=source)
    if not any(text.strip() for text in page_texts):
        raise UnreadableError("no text layer (scanned PDF?)", path=source)

    pages: list[Page] = []
    offset = 0
    for number, text in enumerate(page_texts, start=1):
        if number > 1:
            offset += len(PAGE_SEPARATOR)
        pages.append(Page(number=number, start=offset))
        offset += len(text)
    return Parsed(
        text=PAGE_SEPARATOR.join(page_texts),
        format="pdf",
        embedded=Metadata(title=title),
        pages=tuple(pages),
    )


def _page_text(text: Optional[str]) -> str:
    # Trailing whitespace would only pad the separator; leading whitespace can be layout, keep it.
    return normalise_newlines(text or "").rstrip()


def _title(reader: PdfReader) -> Optional[str]:
    info = reader.metadata
    title = info.title if info is not None else None
    if not title:
        return None
    return str(title).strip() or None
