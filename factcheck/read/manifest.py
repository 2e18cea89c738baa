"""``manifest.yaml``: curated metadata for the documents in a directory.

Schema (see ../shared/corpus/manifest.yaml)::

    documents:
      - file: unodc-2011.txt          # relative to the manifest's directory
        title: "..."
        publisher: UNODC (news story)
        published: 2011-08-04
        estimated: false              # true: 'published' is a best estimate
        url: https://...              # optional

Unlike front matter, the manifest is this tool's own format, so it is checked
strictly: an unknown key (a typo such as ``publised``) or a duplicate entry is
an error at its line and column rather than metadata silently lost.

Manifests are parsed once per directory and cached; the cache is keyed by the
file's stat signature, so an edited manifest is re-read.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Optional, Union

from ruamel.yaml.nodes import SequenceNode

from factcheck.read.encoding import decode
from factcheck.read.metadata import Metadata
from factcheck.read.problems import MetadataError, UnreadableError
from factcheck.read.yamlnodes import YamlBlock

MANIFEST_NAME = "manifest.yaml"
STDIN = "-"

_ENTRY_KEYS = ("file", "title", "publisher", "published", "estimated", "url")


@dataclass(frozen=True)
class Manifest:
    """A parsed manifest: metadata by document path, relative to the manifest's directory."""

    path: str
    directory: str  # absolute
    entries: dict[str, Metadata] = field(default_factory=dict)

    def lookup(self, document: str) -> Optional[Metadata]:
        """The entry for a document path (as given, relative to the working directory), if any.

        Standard input matches an entry whose ``file`` is ``-``.
        """
        if document == STDIN:
            return self.entries.get(STDIN)
        relative = os.path.relpath(os.path.abspath(document), self.directory)
        return self.entries.get(_key(relative))


def _key(path: str) -> str:
    # One spelling per file: "./a.txt", "a.txt" and "sub/../a.txt" are the same entry.
    return os.path.normpath(path).replace(os.sep, "/")


def load_manifest(path: Union[str, os.PathLike[str]]) -> Manifest:
    """Parse a manifest file; any problem (unreadable, malformed, bad value) raises MetadataError."""
    path = os.fspath(path)
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        raise MetadataError(f"cannot read manifest: {exc.strerror or exc}", path=path) from None
    try:
        text = decode(data, path).text
    except UnreadableError as exc:
        # An empty or binary manifest is a broken manifest: fatal, like any other manifest error.
        raise MetadataError(f"unreadable manifest: {exc.detail}", path=path) from None
    return _parse(YamlBlock(text, path=path), directory=os.path.dirname(os.path.abspath(path)))


def _parse(block: YamlBlock, *, directory: str) -> Manifest:
    root = block.compose()
    if root is None:
        raise block.error("manifest is empty; expected 'documents:' and a list of entries")
    top = block.mapping(root, "manifest")
    if "documents" not in top:
        raise block.error("manifest has no 'documents:' list", root)
    documents = top["documents"][1]
    if not isinstance(documents, SequenceNode):
        raise block.error("'documents' must be a list of entries ('- file: ...')", documents)

    entries: dict[str, Metadata] = {}
    for node in documents.value:
        fields = block.mapping(node, "manifest entry")
        for name, (key_node, _value) in fields.items():
            if name not in _ENTRY_KEYS:
                raise block.error(f"unknown key '{name}' in manifest entry (known: {', '.join(_ENTRY_KEYS)})", key_node)
        if "file" not in fields:
            raise block.error("manifest entry has no 'file'", node)
        file_node = fields["file"][1]
        file = block.string(file_node, "file")
        if file is None:
            raise block.error("'file' must name a document", file_node)
        key = file if file == STDIN else _key(file)
        if key in entries:
            raise block.error(f"'{file}' is listed twice", file_node)
        entries[key] = block.metadata(fields)
    return Manifest(path=block.path, directory=directory, entries=entries)


# directory (absolute) -> (stat signature of its manifest or None, parsed manifest or None)
_cache: dict[str, tuple[Optional[tuple[int, int, int]], Optional[Manifest]]] = {}


def manifest_beside(document: str) -> Optional[Manifest]:
    """The manifest in the document's directory, parsed once per directory; None when there is none."""
    directory = os.path.dirname(os.path.abspath(document))
    path = os.path.join(directory, MANIFEST_NAME)
    try:
        stat = os.stat(path)
        signature: Optional[tuple[int, int, int]] = (stat.st_mtime_ns, stat.st_size, stat.st_ino)
    except (FileNotFoundError, NotADirectoryError):
        signature = None
    except OSError as exc:
        raise MetadataError(f"cannot read manifest: {exc.strerror or exc}", path=path) from None

    cached = _cache.get(directory)
    if cached is not None and cached[0] == signature:
        return cached[1]
    manifest = None if signature is None else load_manifest(_display_path(document))
    _cache[directory] = (signature, manifest)
    return manifest


def _display_path(document: str) -> str:
    # Name the manifest the way the user named the document ("corpus/manifest.yaml"), not by absolute path.
    return os.path.join(os.path.dirname(document), MANIFEST_NAME)
