"""Read stage: files, directories and standard input become ``Document``s.

Public API::

    read_document(path_or_dash, *, manifest=None) -> Document
    read_text(text, source="-", *, format=None, manifest=None) -> Document
    read_bytes(data, source="-", *, format=None, manifest=None) -> Document
    read_paths(paths, *, include=None, exclude=None, on_warning=None, manifest=None) -> list[Document]

Formats: plain text, Markdown (YAML front matter), HTML (visible text only),
PDF (text layer, page starts in ``Document.pages``). The format comes from the
file extension; standard input and unknown extensions are sniffed (``%PDF-``,
an HTML doctype or ``<html>``, Markdown front matter), else plain text.

``Document.text`` always has "\\n" newlines (CRLF and CR are normalised), and
claim offsets index into that text. In Markdown, front matter and inline markup
(emphasis, code backticks, HTML comments and tags) are replaced by spaces of the
same length, newlines kept, so offsets and line numbers still match the file.

Metadata precedence, highest first: front matter, then ``manifest.yaml`` in the
file's directory, then those above it (an entry may name ``sub/c.txt``; see
``manifest``), then metadata embedded in HTML/PDF (see ``metadata``).

Errors are ``InputError`` (exit code 2) naming the file:

* ``UnreadableError`` (missing, empty, binary, undecodable, no PDF text layer)
  and ``FrontMatterError`` (malformed, unclosed or bad-valued front matter):
  raised for a path named directly; for a file found while walking a
  directory, ``on_warning`` gets the message and the file is skipped;
* ``MetadataError`` (a malformed manifest): always raised.
"""

from __future__ import annotations

import os
import re
import sys
import warnings
from typing import Callable, Iterable, Optional, Union

from factcheck.models import Document
from factcheck.read.encoding import decode, normalise_newlines
from factcheck.read.html import parse_html
from factcheck.read.manifest import MANIFEST_NAME, Manifest, load_manifest, manifests_for
from factcheck.read.markdown import parse_markdown, split_front_matter
from factcheck.read.metadata import Format, Metadata, Parsed, merge
from factcheck.read.pdf import PAGE_SEPARATOR, parse_pdf
from factcheck.read.reports import own_report
from factcheck.read.problems import FrontMatterError, MetadataError, ReadWarning, UnreadableError
from factcheck.read.text import parse_text
from factcheck.read.walk import DEFAULT_INCLUDE, walk

__all__ = [
    "DEFAULT_INCLUDE",
    "FrontMatterError",
    "MANIFEST_NAME",
    "PAGE_SEPARATOR",
    "Manifest",
    "MetadataError",
    "ReadWarning",
    "UnreadableError",
    "load_manifest",
    "read_bytes",
    "read_document",
    "read_paths",
    "read_text",
]

STDIN = "-"

PathLike = Union[str, "os.PathLike[str]"]
ManifestArg = Union[Manifest, PathLike, None]

_EXTENSIONS: dict[str, Format] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
}
_FORMATS: tuple[Format, ...] = ("text", "markdown", "html", "pdf")
_HTML_START = re.compile(r"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL)
_PARSERS: dict[Format, Callable[[str, str], Parsed]] = {
    "text": parse_text,
    "markdown": parse_markdown,
    "html": parse_html,
}


def read_document(path_or_dash: PathLike, *, manifest: ManifestArg = None) -> Document:
    """Read one file, or standard input for ``-``.

    ``manifest``: a ``Manifest`` or the path of a manifest file to take metadata
    from; by default the ``manifest.yaml`` files in the file's own directory and
    above are used (none for standard input). Their warnings (entries naming
    files that do not exist) are reported by ``read_paths``, not here.
    """
    source = os.fspath(path_or_dash)
    if source == STDIN:
        return _read_stdin(manifest)

    # The manifest first: a broken manifest is fatal, and should be reported even if this file is also bad.
    manifest_layer = _manifest_layer(source, manifest)
    data = _read_file(source)
    return _document(data, source, _format_for(source, data), manifest_layer)


def _read_file(source: str) -> bytes:
    if not os.path.lexists(source):
        raise UnreadableError("no such file or directory", path=source)
    if os.path.isdir(source):
        raise UnreadableError("is a directory, not a document (read_paths walks directories)", path=source)
    try:
        with open(source, "rb") as handle:
            return handle.read()
    except OSError as exc:  # permission denied, a dangling link, a FIFO gone away...
        raise UnreadableError(f"cannot read: {exc.strerror or exc}", path=source) from None


def _read_found(source: str, manifest: ManifestArg) -> Union[Document, str]:
    """A document found while walking, or what factcheck output it is instead ("an audit report (HTML)")."""
    manifest_layer = _manifest_layer(source, manifest)
    data = _read_file(source)
    report = own_report(data)
    if report is not None:
        return report
    return _document(data, source, _format_for(source, data), manifest_layer)


def read_bytes(
    data: bytes, source: str = STDIN, *, format: Optional[Format] = None, manifest: ManifestArg = None
) -> Document:
    """A document from raw bytes (encoding detected as for files); ``format`` is sniffed when not given.

    ``manifest`` (a ``Manifest`` or a path) supplies metadata for the entry matching ``source``.
    """
    fmt = _check_format(format) or _format_for(source, data)
    return _document(data, source, fmt, _manifest_layer(source, manifest) if manifest is not None else None)


def read_text(
    text: str, source: str = STDIN, *, format: Optional[Format] = None, manifest: ManifestArg = None
) -> Document:
    """A document from text already decoded; newlines are normalised. PDF needs bytes: use ``read_bytes``."""
    fmt = _check_format(format) or _format_for(source, None, text)
    if fmt == "pdf":
        raise ValueError("a PDF cannot be read from text; use read_bytes")
    text = normalise_newlines(text).lstrip("\ufeff")
    if not text.strip():
        raise UnreadableError("empty document (only whitespace)", path=source)
    layer = _manifest_layer(source, manifest) if manifest is not None else None
    return _build(_PARSERS[fmt](text, source), source, None, layer)


def read_paths(
    paths: Iterable[PathLike],
    *,
    include: Optional[Iterable[str]] = None,
    exclude: Optional[Iterable[str]] = None,
    on_warning: Optional[Callable[[str], None]] = None,
    manifest: ManifestArg = None,
) -> list[Document]:
    """Read files, directories (walked recursively) and ``-``, in the order given.

    Within a directory, files come in sorted order, filtered by ``include``
    (default ``DEFAULT_INCLUDE``) and ``exclude`` glob lists (see ``walk``);
    the globs do not apply to files named directly. A file reached twice (named
    twice, or also found in a walked directory) is read once. Within a
    directory, factcheck's own reports and outputs (``audit -o audit.md``) are
    skipped with a note to ``on_warning``: they quote the documents' figures.

    ``on_warning(message)`` hears about skipped files, directories with
    nothing readable and manifest entries naming files that do not exist
    (once per manifest); by default it issues a ``ReadWarning``.
    """
    warn = on_warning or _default_warning
    include = None if include is None else tuple(include)
    exclude = tuple(exclude or ())
    documents: list[Document] = []
    seen: set[str] = set()
    reported: set[str] = set()  # manifests whose warnings were given

    def report_manifests(source: str) -> None:
        consulted = [manifest] if isinstance(manifest, Manifest) else manifests_for(source) if manifest is None else []
        for found in consulted:
            if found.path not in reported:
                reported.add(found.path)
                for message in found.warnings:
                    warn(message)

    if manifest is not None and not isinstance(manifest, Manifest):
        manifest = load_manifest(manifest)  # once, not once per document

    for given in paths:
        path = os.fspath(given)
        if path == STDIN:
            if STDIN not in seen:
                seen.add(STDIN)
                documents.append(read_document(STDIN, manifest=manifest))
            continue
        if not os.path.isdir(path):
            identity = os.path.realpath(path)
            if identity not in seen:
                documents.append(read_document(path, manifest=manifest))
                seen.add(identity)
                report_manifests(path)
            continue

        took_any = False
        for found in walk(path, include=include, exclude=exclude, on_error=warn):
            identity = os.path.realpath(found)
            if identity in seen:
                took_any = True
                continue
            try:
                document = _read_found(found, manifest)
            except (UnreadableError, FrontMatterError) as exc:
                warn(f"{exc}; skipped")
                continue
            if isinstance(document, str):
                warn(f"{found}: {document} written by factcheck, not a document; skipped")
                continue
            report_manifests(found)
            seen.add(identity)
            documents.append(document)
            took_any = True
        if not took_any:
            patterns = ", ".join(include if include is not None else DEFAULT_INCLUDE)
            warn(f"{path}: no readable documents in this directory (looked for {patterns})")
    return documents


def _default_warning(message: str) -> None:
    warnings.warn(message, ReadWarning, stacklevel=3)


def _read_stdin(manifest: ManifestArg) -> Document:
    stream = sys.stdin
    if stream is None:
        raise UnreadableError("standard input is closed", path=STDIN)
    buffer = getattr(stream, "buffer", None)
    try:
        if buffer is None:  # stdin replaced by a text stream (an embedding program, a test): already decoded
            return read_text(stream.read(), STDIN, manifest=manifest)
        data = buffer.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise UnreadableError(f"cannot read standard input: {exc}", path=STDIN) from None
    return read_bytes(data, STDIN, manifest=manifest)


def _manifest_layer(source: str, manifest: ManifestArg) -> Optional[Metadata]:
    if manifest is None:
        layers = [found.lookup(source) for found in manifests_for(source)]  # nearest first
        present = [layer for layer in layers if layer is not None]
        return merge(*present) if present else None
    found = manifest if isinstance(manifest, Manifest) else load_manifest(manifest)
    return found.lookup(source)


def _check_format(format: Optional[str]) -> Optional[Format]:
    if format is not None and format not in _FORMATS:
        raise ValueError(f"unknown format {format!r}; expected one of {', '.join(_FORMATS)}")
    return format  # type: ignore[return-value]


def _format_for(source: str, data: Optional[bytes], text: Optional[str] = None) -> Format:
    """The format named by the extension, else sniffed from the content."""
    extension = os.path.splitext(source)[1].lower() if source != STDIN else ""
    if extension in _EXTENSIONS:
        return _EXTENSIONS[extension]
    if data is not None:
        if data.lstrip()[:5] == b"%PDF-":
            return "pdf"
        # Enough of the start to recognise HTML or front matter; odd encodings fall through to text.
        text = data[:4096].decode("utf-8", errors="replace").lstrip("\ufeff")
    if text is None:
        return "text"
    if _HTML_START.match(text[:4096]):
        return "html"
    if split_front_matter(normalise_newlines(text)) is not None:
        return "markdown"
    return "text"


def _document(data: bytes, source: str, fmt: Format, manifest_layer: Optional[Metadata]) -> Document:
    if fmt == "pdf":
        return _build(parse_pdf(data, source), source, None, manifest_layer)
    decoded = decode(data, source, html=fmt == "html")
    return _build(_PARSERS[fmt](decoded.text, source), source, decoded.encoding, manifest_layer)


def _build(parsed: Parsed, source: str, encoding: Optional[str], manifest_layer: Optional[Metadata]) -> Document:
    metadata = merge(parsed.authored, manifest_layer, parsed.embedded)
    return Document(
        source=source,
        text=parsed.text,
        format=parsed.format,
        title=metadata.title,
        publisher=metadata.publisher,
        published=metadata.published,
        published_estimated=bool(metadata.published_estimated),
        url=metadata.url,
        encoding=encoding,
        pages=list(parsed.pages),
    )
