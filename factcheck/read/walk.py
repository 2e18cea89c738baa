"""Finding documents in a directory: recursive, filtered by globs, in a fixed order.

Order is the sorted order of path components, so the same tree gives the same
document list (and the same report) on every filesystem and platform.

Glob patterns are matched with ``fnmatch`` against the path relative to the
walked directory, written with ``/`` and compared case-insensitively (so
``*.pdf`` also takes ``REPORT.PDF``). ``fnmatch``'s ``*`` crosses ``/``, so
``drafts/*`` covers everything below ``drafts``. Two conveniences make patterns
behave as people expect from shells and .gitignore:

* a pattern without ``/`` also matches the bare file name (``a*.txt`` takes
  ``sub/abc.txt``);
* a leading ``**/`` also matches at the top level (``**/*.md`` takes
  ``README.md``).

Exclude patterns are also tried on directories, so ``drafts`` prunes the
whole directory (and ``drafts/*`` excludes every file below it). Hidden files and directories (a name starting with
``.``) and ``manifest.yaml`` files are never taken.
"""

from __future__ import annotations

import fnmatch
import os
from typing import Callable, Optional, Sequence

from factcheck.read.manifest import MANIFEST_NAME

DEFAULT_INCLUDE: tuple[str, ...] = ("*.txt", "*.md", "*.markdown", "*.html", "*.htm", "*.pdf")


def matches(relative: str, patterns: Sequence[str]) -> bool:
    """Whether a '/'-separated relative path matches any of the glob patterns."""
    path = relative.lower()
    name = path.rsplit("/", 1)[-1]
    for pattern in patterns:
        pattern = pattern.lower().replace(os.sep, "/")
        if pattern.startswith("./"):
            pattern = pattern[2:]
        if fnmatch.fnmatchcase(path, pattern):
            return True
        if "/" not in pattern and fnmatch.fnmatchcase(name, pattern):
            return True
        if pattern.startswith("**/") and fnmatch.fnmatchcase(path, pattern[3:]):
            return True
    return False


def walk(
    root: str,
    *,
    include: Optional[Sequence[str]] = None,
    exclude: Optional[Sequence[str]] = None,
    on_error: Callable[[str], None] = lambda message: None,
) -> list[str]:
    """Documents under ``root``, as ``root``-joined paths, in sorted order.

    ``include`` defaults to DEFAULT_INCLUDE; an empty ``exclude`` excludes
    nothing. Directories that cannot be listed are reported to ``on_error``.
    """
    include = DEFAULT_INCLUDE if include is None else tuple(include)
    exclude = tuple(exclude or ())
    found: list[tuple[tuple[str, ...], str]] = []

    def report(error: OSError) -> None:
        on_error(f"{error.filename or root}: cannot list directory: {error.strerror or error}")

    for directory, subdirectories, files in os.walk(root, onerror=report):
        relative_dir = os.path.relpath(directory, root)
        parts = () if relative_dir == "." else tuple(relative_dir.split(os.sep))
        # Pruning in place stops os.walk from descending into hidden or excluded directories.
        subdirectories[:] = [
            name for name in subdirectories
            if not name.startswith(".") and not matches("/".join((*parts, name)), exclude)
        ]  # fmt: skip
        for name in files:
            if name.startswith(".") or name == MANIFEST_NAME:
                continue
            relative = "/".join((*parts, name))
            if matches(relative, include) and not matches(relative, exclude):
                found.append(((*parts, name), os.path.join(directory, name)))
    found.sort(key=lambda item: item[0])
    return [path for _parts, path in found]
