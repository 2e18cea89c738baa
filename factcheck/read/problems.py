"""The two kinds of input problem the read stage tells apart.

Both are ``InputError`` (exit code 2), but they differ in what a directory walk
does with them:

* ``UnreadableError``: the file itself cannot be turned into text (missing,
  empty, binary, undecodable, a PDF without a text layer). A file named on the
  command line raises it; a file merely *found* while walking a directory is
  reported through ``on_warning`` and skipped, so one stray binary in a corpus
  folder does not stop the audit.
* ``MetadataError``: the ``manifest.yaml`` the user wrote for the tool is wrong.
  It is always raised, walk or not: a manifest describes many documents, so
  skipping would silently change the audit, and the fix is a one-line edit the
  message points at.
* ``FrontMatterError`` (a ``MetadataError``): one document's own front matter
  is malformed YAML, has a bad value, or is never closed. Named directly, it is
  raised like any bad input; found while walking a directory, it is a bad file
  like an unreadable one: a warning with the same precise message, and the
  file is skipped.
"""

from __future__ import annotations

from factcheck.errors import InputError


class UnreadableError(InputError):
    """The file cannot be read as a document; skipped with a warning when found while walking."""


class MetadataError(InputError):
    """A manifest (or front matter, see FrontMatterError) is malformed."""


class FrontMatterError(MetadataError):
    """A document's front matter is malformed; skipped with a warning when found while walking."""


class ReadWarning(UserWarning):
    """Category of the default ``on_warning`` of ``read_paths`` (a skipped file or an empty directory)."""
