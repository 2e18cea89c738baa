"""Small YAML metadata blocks (front matter, manifests) read with their positions.

We *compose* the YAML into nodes rather than load it into Python objects:
every node keeps the line and column it came from, so a bad value can be
reported at its exact place, and no implicit typing happens behind our back
(``published: 2016-13-45`` would otherwise fail inside the loader with no
position, and ``title: 1984`` would become an int). Values are then read from
the node text by the few typed helpers below.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Optional

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode

from factcheck.read.metadata import Metadata, parse_iso_date
from factcheck.read.problems import MetadataError

_NULL_TAG = "tag:yaml.org,2002:null"


def _tag(node: Node) -> str:
    # ruamel.yaml has stored tags as plain strings and as Tag objects across versions.
    return str(getattr(node.tag, "value", node.tag))


@dataclass(frozen=True)
class YamlBlock:
    """YAML text from a file, and the file line it starts on (so reported positions are file positions)."""

    text: str
    path: str
    first_line: int = 1

    def error(self, message: str, node: Optional[Node] = None) -> MetadataError:
        """A MetadataError at ``node``'s position in the file (or at the block when no node)."""
        if node is None:
            return MetadataError(message, path=self.path, line=self.first_line)
        mark = node.start_mark
        return MetadataError(message, path=self.path, line=mark.line + self.first_line, column=mark.column + 1)

    def compose(self) -> Optional[Node]:
        """The root node, or None for an empty block; malformed YAML raises MetadataError at its place."""
        try:
            return YAML(typ="rt").compose(self.text)
        except YAMLError as exc:
            raise self._syntax_error(exc) from None
        except (ValueError, TypeError) as exc:  # defensive: the composer should only raise YAMLError
            raise MetadataError(f"malformed YAML: {exc}", path=self.path, line=self.first_line) from None

    def _syntax_error(self, exc: YAMLError) -> MetadataError:
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        if mark is not None:
            line, column = mark.line, mark.column
        elif getattr(exc, "position", None) is not None:  # ReaderError (a forbidden character) has only an offset
            before = self.text[: exc.position]  # type: ignore[attr-defined]
            line, column = before.count("\n"), len(before) - (before.rfind("\n") + 1)
        else:
            return MetadataError(f"malformed YAML: {problem}", path=self.path, line=self.first_line)
        if "mapping values are not allowed" in problem:
            # the usual cause: an unquoted value that holds ": " ("title: Modern slavery: the numbers")
            problem += "; a value that holds ': ' must be quoted, as in title: \"Modern slavery: the numbers\""
        return MetadataError(
            f"malformed YAML: {problem}", path=self.path, line=line + self.first_line, column=column + 1
        )

    def mapping(self, node: Node, what: str) -> dict[str, tuple[ScalarNode, Node]]:
        """A mapping node's entries by key (key node kept for positions); duplicate keys are an error."""
        if not isinstance(node, MappingNode):
            raise self.error(f"{what} must be a mapping of keys to values", node)
        entries: dict[str, tuple[ScalarNode, Node]] = {}
        for key, value in node.value:
            if not isinstance(key, ScalarNode):
                raise self.error(f"{what}: keys must be plain words", key)
            if key.value in entries:
                raise self.error(f"{what}: duplicate key '{key.value}'", key)
            entries[key.value] = (key, value)
        return entries

    def metadata(self, fields: dict[str, tuple[ScalarNode, Node]]) -> Metadata:
        """The metadata fields shared by front matter and manifest entries; other keys are ignored here."""
        values = {name: value for name, (_key, value) in fields.items()}
        return Metadata(
            title=self.string(values["title"], "title") if "title" in values else None,
            publisher=self.string(values["publisher"], "publisher") if "publisher" in values else None,
            published=self.date(values["published"], "published") if "published" in values else None,
            published_estimated=self.boolean(values["estimated"], "estimated") if "estimated" in values else None,
            url=self.string(values["url"], "url") if "url" in values else None,
        )

    def string(self, node: Node, field: str) -> Optional[str]:
        """A text value; null or blank gives None."""
        if not isinstance(node, ScalarNode):
            raise self.error(f"'{field}' must be text", node)
        if _tag(node) == _NULL_TAG:
            return None
        value = str(node.value).strip()
        return value or None

    def boolean(self, node: Node, field: str) -> Optional[bool]:
        text = self.string(node, field)
        if text is None:
            return None
        lowered = text.lower()
        if lowered in ("true", "yes"):
            return True
        if lowered in ("false", "no"):
            return False
        raise self.error(f"'{field}' must be true or false, not '{text}'", node)

    def date(self, node: Node, field: str) -> Optional[dt.date]:
        text = self.string(node, field)
        if text is None:
            return None
        date = parse_iso_date(text)
        if date is None:
            raise self.error(f"'{field}' must be a date written YYYY-MM-DD, not '{text}'", node)
        return date
