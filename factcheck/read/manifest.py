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
strictly: an unknown key (a typo such as ``publised``, in an entry or at the
top level) or a duplicate entry is an error at its line and column rather than
metadata silently lost. An entry naming a file that does not exist is only a
warning (``Manifest.warnings``, reported by ``read_paths``): a manifest often
lists the whole corpus while one folder of it is audited.

Entries may name files in subdirectories (``file: sub/c.txt``). A document
therefore takes metadata from the manifests of its own directory and of every
directory above it, up to the repository root (a directory holding ``.git``)
or the file system's root; field by field, the nearest manifest wins. A
``manifest.yaml`` above the document's own directory that is not one of ours
(no top-level ``documents:``; the name is common, Kubernetes uses it) is
ignored; the one in the document's own directory must be ours.

Manifests are parsed once per directory and cached; the cache is keyed by the
file's stat signature, so an edited manifest is re-read.
"""

from __future__ import annotations

import os
import re
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
_TOP_KEYS = ("documents",)
# A manifest of ours has a top-level 'documents:' key.
_OURS = re.compile(rb"^[\"']?documents[\"']?[ \t]*:", re.MULTILINE)


@dataclass(frozen=True)
class Manifest:
    """A parsed manifest: metadata by document path, relative to the manifest's directory."""

    path: str
    directory: str  # absolute
    entries: dict[str, Metadata] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()  # "path:line:col: 'x.txt' is listed, but there is no such file..."

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
    for name, (key_node, _value) in top.items():
        if name not in _TOP_KEYS:
            missing = "manifest has no 'documents:' list; " if "documents" not in top else ""
            raise block.error(f"{missing}unknown key '{name}' at the top of the manifest "
                              f"(known: {', '.join(_TOP_KEYS)})", key_node)
    if "documents" not in top:
        raise block.error("manifest has no 'documents:' list", root)
    documents = top["documents"][1]
    if not isinstance(documents, SequenceNode):
        raise block.error("'documents' must be a list of entries ('- file: ...')", documents)

    entries: dict[str, Metadata] = {}
    warnings: list[str] = []
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
        if key != STDIN and not os.path.lexists(os.path.join(directory, key)):
            mark = file_node.start_mark
            warnings.append(f"{block.path}:{mark.line + block.first_line}:{mark.column + 1}: '{file}' is listed, "
                            "but there is no such file (paths are relative to the manifest's directory); "
                            "its entry is not used")
    return Manifest(path=block.path, directory=directory, entries=entries, warnings=tuple(warnings))


# directory (absolute) -> (stat signature of its manifest or None, whether it is ours, parsed manifest or None)
_cache: dict[str, tuple[Optional[tuple[int, int, int]], bool, Optional[Manifest]]] = {}


def manifest_beside(document: str) -> Optional[Manifest]:
    """The manifest in the document's directory, parsed once per directory; None when there is none."""
    directory = os.path.dirname(os.path.abspath(document))
    return _manifest_in(directory, _display_path(document), strict=True)


def manifests_for(document: str) -> list[Manifest]:
    """The manifests that may hold metadata for ``document``, nearest first (see the module docstring).

    A manifest in the document's own directory is parsed strictly; one above it
    is taken only when it is ours, and any problem in one of ours is an error.
    """
    if document == STDIN:
        return []
    found: list[Manifest] = []
    directory = os.path.dirname(os.path.abspath(document))
    own = True
    while True:
        display = _display_path(document) if own else _relative_display(directory, document)
        manifest = _manifest_in(directory, display, strict=own)
        if manifest is not None:
            found.append(manifest)
        parent = os.path.dirname(directory)
        if parent == directory or os.path.exists(os.path.join(directory, ".git")):
            return found
        directory, own = parent, False


def _manifest_in(directory: str, display: str, *, strict: bool) -> Optional[Manifest]:
    path = os.path.join(directory, MANIFEST_NAME)
    try:
        stat = os.stat(path)
        signature: Optional[tuple[int, int, int]] = (stat.st_mtime_ns, stat.st_size, stat.st_ino)
    except (FileNotFoundError, NotADirectoryError):
        signature = None
    except OSError as exc:
        if not strict:
            return None  # a directory above we may not look into: not our business
        raise MetadataError(f"cannot read manifest: {exc.strerror or exc}", path=display) from None

    cached = _cache.get(directory)
    if cached is not None and cached[0] == signature:
        _signature, ours, manifest = cached
    else:
        ours = signature is not None and _is_ours(path)
        manifest = load_manifest(display) if ours else None
        _cache[directory] = (signature, ours, manifest)
    if signature is not None and not ours and strict:
        # In the document's own directory a manifest.yaml must be ours: say what is wrong with it.
        manifest = load_manifest(display)
        _cache[directory] = (signature, True, manifest)
    return manifest


def _is_ours(path: str) -> bool:
    try:
        with open(path, "rb") as handle:
            return _OURS.search(handle.read()) is not None
    except OSError:
        return True  # let load_manifest report it


def _display_path(document: str) -> str:
    # Name the manifest the way the user named the document ("corpus/manifest.yaml"), not by absolute path.
    return os.path.join(os.path.dirname(document), MANIFEST_NAME)


def _relative_display(directory: str, document: str) -> str:
    # A manifest above the document: relative to the working directory when the document was named relatively.
    path = os.path.join(directory, MANIFEST_NAME)
    return path if os.path.isabs(document) else os.path.relpath(path)
