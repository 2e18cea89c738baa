"""Markdown: YAML front matter for metadata, the rest kept in place.

The Markdown itself is not rendered: claims are quoted from the source as the
author wrote it, and offsets/lines must match the file. The front matter block
(both ``---`` fences included) is replaced by spaces, newlines kept, so line
numbers and character offsets in the document text still equal those in the
file (after newline normalisation). Inline markup (emphasis, code backticks, HTML comments and inline tags,
footnote markers) is blanked the same way, by spaces of the same length (see
``mdinline``): ``**£4.2 million**`` reads as the money it is, and every
character of the document text is still the file's character at that offset.
"""

from __future__ import annotations

import re
from typing import Optional

from factcheck.read.mdinline import blank_markup
from factcheck.read.metadata import Metadata, Parsed
from factcheck.read.problems import FrontMatterError, MetadataError, UnreadableError
from factcheck.read.yamlnodes import YamlBlock

_OPEN_FENCE = "---"
_CLOSE_FENCES = ("---", "...")
# Keys that mark a block as front matter even when its closing fence is missing.
_FRONT_MATTER_KEYS = frozenset({
    "title", "published", "publisher", "date", "url", "estimated", "author", "authors", "tags", "layout",
    "description", "categories", "category", "draft", "lang", "language", "slug", "summary", "permalink",
    "keywords", "subtitle", "updated", "lastmod",
})
# A level-1 ATX heading: "# Title", optionally closed with "#"s.
_H1 = re.compile(r"^ {0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)


def parse_markdown(text: str, source: str) -> Parsed:
    authored = Metadata()
    front = split_front_matter(text)
    if front is None and unclosed_front_matter(text):
        raise FrontMatterError(
            "front matter is never closed: the '---' on line 1 opens it, and no '---' line after the metadata "
            "ends it", path=source, line=1)
    if front is not None:
        fence_lines, block_text = front
        try:
            # The YAML starts on file line 2, just after the opening fence.
            authored = _read_front_matter(YamlBlock(block_text, path=source, first_line=2))
        except MetadataError as error:  # this document's own problem: a bad file, skipped when walked
            raise FrontMatterError(error.detail, path=error.path, line=error.line, column=error.column) from None
        lines = text.split("\n")
        text = "\n".join([" " * len(line) for line in lines[:fence_lines]] + lines[fence_lines:])
        if not text.strip():
            raise UnreadableError("empty document (front matter only)", path=source)

    text = blank_markup(text)
    heading = _H1.search(text)
    embedded = Metadata(title=" ".join(heading[1].split())) if heading else Metadata()
    return Parsed(text=text, format="markdown", authored=authored, embedded=embedded)


def split_front_matter(text: str) -> Optional[tuple[int, str]]:
    """(lines taken by the front matter including its fences, its YAML) or None when there is none.

    Front matter is a ``---`` first line closed by a ``---`` or ``...`` line and
    holding a YAML mapping (or nothing). A first-line ``---`` with no closing
    fence, or fences around plain prose, is ordinary Markdown (a thematic break,
    a setext heading) and stays in the text, unless ``unclosed_front_matter``
    sees metadata whose closing fence was forgotten (an error).
    """
    lines = text.split("\n")
    if lines[0].rstrip() != _OPEN_FENCE:
        return None
    for index in range(1, len(lines)):
        if lines[index].rstrip() in _CLOSE_FENCES:
            block_text = "\n".join(lines[1:index])
            if block_text.strip() and not _looks_like_mapping(block_text):
                return None
            return index + 1, block_text
    return None


def unclosed_front_matter(text: str) -> bool:
    """Whether the text opens front matter (a ``---`` line, then a usual metadata key) and never closes it.

    Only lower-case keys usual in front matter count (``title:``, ``published:``...),
    so a thematic break above prose such as "Note: ..." or "Source: ..." is not mistaken for one.
    """
    lines = text.split("\n")
    if lines[0].rstrip() != _OPEN_FENCE or any(line.rstrip() in _CLOSE_FENCES for line in lines[1:]):
        return False
    for line in lines[1:]:
        if line.strip():
            key = re.match(r"([a-z_][a-z0-9_-]*):(\s|$)", line)
            return key is not None and key[1] in _FRONT_MATTER_KEYS
    return False


def _looks_like_mapping(block_text: str) -> bool:
    # Cheap test before trusting the block as YAML: its first meaningful line is "key: ...".
    for line in block_text.split("\n"):
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            return re.match(r"^[A-Za-z_][\w .-]*:(\s|$)", stripped) is not None
    return True


def _read_front_matter(block: YamlBlock) -> Metadata:
    root = block.compose()
    if root is None:
        return Metadata()
    fields = block.mapping(root, "front matter")
    # Other keys (tags, layout, author...) are common in Markdown front matter and not ours to judge.
    return block.metadata(fields)
