"""Claim list files on disk: YAML round trips, atomic writes, the lock, and the loaded records.

One claim list per source document, under the claims directory (``claims/`` by
default), at the document's path relative to the claims directory's parent plus
``.yaml``: ``sources/01-ministry.md`` -> ``claims/sources/01-ministry.md.yaml``; a document
outside that directory gets ``claims/_outside/<folder>-<hash>/<name>.yaml`` (list_path_for).
See docs/claim-lists.md for the format.

Files are read and written with ruamel.yaml in round-trip mode, so comments, key
order and quoting that people wrote survive every sync and every review decision.
Every write goes to a temporary file in the same directory and is renamed into
place; every read-modify-write holds an exclusive ``flock`` on ``<claims>/.lock``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Iterator, Optional, Union

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark, MarkedYAMLError, YAMLError
from ruamel.yaml.tokens import CommentToken

from ..errors import InputError
from ..models import KINDS, QUALIFIERS, Claim

try:  # POSIX; on other systems concurrent syncs are not guarded
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None  # type: ignore[assignment]

FORMAT_VERSION = 1
LIST_SUFFIX = ".yaml"
LOCK_NAME = ".lock"
TEMP_SUFFIX = ".tmp"

STATUSES = ("unreviewed", "needs-review", "approved", "disputed", "ignored")
REVIEWED = ("approved", "disputed", "ignored")

# Who owns which field of a claim record (docs/claim-lists.md).
HUMAN_FIELDS = ("status", "reviewer", "note", "corrected", "ignore_findings")
SYNC_FIELDS = ("previous_status", "changed")  # set by sync when a reviewed claim needs review again
MACHINE_FIELDS = (
    "kind", "text", "value", "lower", "upper", "unit", "qualifier", "subject", "subject_head", "place",
    "period", "per", "page", "line", "column", "sentence", "sentence_hash",
)
RECORD_ORDER = ("id",) + HUMAN_FIELDS + SYNC_FIELDS + MACHINE_FIELDS
HEADER_FIELDS = ("version", "document", "title", "published", "country")
TOP_ORDER = HEADER_FIELDS + ("claims", "stale")

HEADER_COMMENT = (
    "Claim list for {document}, kept by `factcheck claims sync`.\n"
    "Reviewers edit status (unreviewed, approved, disputed, ignored), reviewer, note, corrected\n"
    "and ignore_findings; sync refreshes every other field. See docs/claim-lists.md."
)

Number = Union[int, float]


# ------------------------------------------------------------------ YAML


def yaml_rt() -> YAML:
    """The one YAML configuration used for every read and write (so output is byte-stable)."""
    yaml = YAML()  # round trip
    yaml.preserve_quotes = True
    yaml.width = 4096  # one line per sentence: diffs show the sentence that changed
    yaml.indent(mapping=2, sequence=2, offset=0)
    return yaml


def dump_text(data: Any) -> str:
    stream = io.StringIO()
    yaml_rt().dump(data, stream)
    return stream.getvalue()


def parse_text(text: str, path: Union[str, Path]) -> Any:
    """Round-trip load; any YAML error becomes an InputError naming the file, line and column."""
    try:
        return yaml_rt().load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "malformed YAML"
        if exc.context and exc.problem:
            problem = f"{exc.context}; {exc.problem}"
        raise InputError(f"malformed claim list: {problem}", path=str(path),
                         line=mark.line + 1 if mark else None, column=mark.column + 1 if mark else None) from None
    except YAMLError as exc:
        raise InputError(f"malformed claim list: {exc}", path=str(path)) from None


def read_list_file(path: Path) -> tuple[bytes, Any]:
    """The file's bytes and its round-trip document (validated); InputError when unusable."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read claim list: {exc.strerror or exc}", path=str(path)) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"claim list is not UTF-8 (byte {exc.start})", path=str(path)) from None
    data = parse_text(text, path)
    validate(data, path)
    return raw, data


def node_position(node: Any, key: Any = None) -> tuple[Optional[int], Optional[int]]:
    """1-based line and column of a loaded node, or of one key's value in a loaded mapping."""
    lc = getattr(node, "lc", None)
    if lc is None:
        return None, None
    try:
        if key is not None:
            if isinstance(node, CommentedMap):
                line, col = lc.value(key)
            else:
                line, col = lc.item(key)
            return line + 1, col + 1
        return lc.line + 1, lc.col + 1
    except (KeyError, TypeError, IndexError, AttributeError):
        return (lc.line + 1, lc.col + 1) if lc.line is not None else (None, None)


def _invalid(path: Union[str, Path], message: str, node: Any, key: Any = None) -> InputError:
    line, column = node_position(node, key)
    return InputError(f"invalid claim list: {message}", path=str(path), line=line, column=column)


def validate(data: Any, path: Union[str, Path]) -> None:
    """The structure sync and review rely on; errors name the file, line and column of the bad node."""
    if not isinstance(data, CommentedMap):
        raise InputError("invalid claim list: expected a mapping with 'document' and 'claims'", path=str(path),
                         line=1, column=1)
    version = data.get("version", FORMAT_VERSION)
    if version != FORMAT_VERSION:
        raise _invalid(path, f"unsupported version {version!r} (this factcheck reads version {FORMAT_VERSION})",
                       data, "version")
    if not isinstance(data.get("document"), str) or not data["document"]:
        raise _invalid(path, "'document' (the document's path) is missing", data,
                       "document" if "document" in data else None)
    seen: dict[str, int] = {}
    for section in ("claims", "stale"):
        if section not in data:
            if section == "claims":
                raise _invalid(path, "'claims' is missing", data)
            continue
        items = data[section]
        if items is None:
            continue
        if not isinstance(items, CommentedSeq):
            raise _invalid(path, f"'{section}' must be a list of claim records", data, section)
        for index, item in enumerate(items):
            if not isinstance(item, CommentedMap):
                raise _invalid(path, f"{section} entry {index + 1} must be a mapping", items, index)
            claim_id = item.get("id")
            if not isinstance(claim_id, str) or not claim_id:
                raise _invalid(path, f"{section} entry {index + 1} has no 'id'", item)
            if claim_id in seen:
                raise _invalid(path, f"claim id {claim_id} appears twice", item, "id")
            seen[claim_id] = index
            status = item.get("status", "unreviewed")
            if status not in STATUSES:
                raise _invalid(path, f"claim {claim_id}: status {status!r} is not one of {', '.join(STATUSES)}",
                               item, "status")
            kind = item.get("kind")
            if kind is not None and kind not in KINDS:
                raise _invalid(path, f"claim {claim_id}: unknown kind {kind!r}", item, "kind")
            for name in ("reviewer", "note"):
                value = item.get(name)
                if value is not None and not isinstance(value, (str, int, float)):
                    raise _invalid(path, f"claim {claim_id}: '{name}' must be text", item, name)
            findings = item.get("ignore_findings")
            if findings is not None and (not isinstance(findings, list)
                                         or not all(isinstance(f, str) for f in findings)):
                raise _invalid(path, f"claim {claim_id}: 'ignore_findings' must be a list of rule ids or "
                               "finding fingerprints", item, "ignore_findings")
            if item.get("corrected") is not None:
                try:
                    parse_corrected(item["corrected"], kind)
                except ValueError as exc:
                    raise _invalid(path, f"claim {claim_id}: {exc}", item, "corrected") from None


def parse_corrected(value: Any, kind: Optional[str]) -> tuple[Union[float, str, None], Union[float, str, None]]:
    """A reviewer's corrected value as (lower, upper): a number, '12,500', an ISO date, or [low, high]."""

    def one(v: Any) -> Union[float, str, None]:
        if v is None:
            return None
        if isinstance(v, bool):
            raise ValueError(f"'corrected' must be a number, a date or [low, high], not {v!r}")
        if isinstance(v, (int, float)):
            return float(v)
        if isinstance(v, (dt.date,)):
            return v.isoformat()
        if isinstance(v, str):
            s = v.strip().replace(",", "").replace("_", "").rstrip("%").strip()
            if kind == "date":
                return v.strip()
            try:
                return float(s)
            except ValueError:
                raise ValueError(f"'corrected' must be a number, a date or [low, high], not {v!r}") from None
        raise ValueError(f"'corrected' must be a number, a date or [low, high], not {v!r}")

    if isinstance(value, (list, tuple)):
        if len(value) != 2:
            raise ValueError("'corrected' as a list must be [low, high]")
        return one(value[0]), one(value[1])
    v = one(value)
    return v, v


# ------------------------------------------------------------------ records and lists


@dataclass
class Record:
    """One claim record of a claim list, as read (human and machine fields)."""

    id: str
    status: str
    line: int = 0
    column: int = 0
    kind: Optional[str] = None
    text: str = ""
    sentence: str = ""
    value: Any = None
    lower: Any = None
    upper: Any = None
    unit: Optional[str] = None
    qualifier: str = "exact"
    subject: Optional[str] = None
    subject_head: Optional[str] = None
    place: Optional[str] = None
    period: Optional[str] = None
    per: Optional[str] = None
    page: Optional[int] = None
    sentence_hash: Optional[str] = None
    reviewer: Optional[str] = None
    note: Optional[str] = None
    corrected: Any = None
    ignore_findings: tuple[str, ...] = ()
    previous_status: Optional[str] = None
    changed: Optional[str] = None
    stale: bool = False
    yaml_line: Optional[int] = None  # where the record starts in its file, for messages

    @classmethod
    def from_node(cls, node: CommentedMap, stale: bool = False) -> "Record":
        def text(name: str) -> Optional[str]:
            v = node.get(name)
            return None if v is None else str(v)

        def number(v: Any) -> Any:
            if isinstance(v, bool) or v is None:
                return v
            if isinstance(v, int):
                return float(v)
            if isinstance(v, float):
                return float(v)
            if isinstance(v, dt.date):
                return v.isoformat()
            return str(v)

        def whole(v: Any) -> int:
            try:
                return int(v)
            except (TypeError, ValueError):
                return 0

        line, _ = node_position(node)
        return cls(
            id=str(node["id"]), status=str(node.get("status", "unreviewed")),
            line=whole(node.get("line")), column=whole(node.get("column")),
            kind=text("kind"), text=text("text") or "", sentence=text("sentence") or "",
            value=number(node.get("value")), lower=number(node.get("lower")), upper=number(node.get("upper")),
            unit=text("unit"), qualifier=text("qualifier") or "exact", subject=text("subject"),
            subject_head=text("subject_head"), place=text("place"), period=text("period"), per=text("per"),
            page=whole(node.get("page")) or None, sentence_hash=text("sentence_hash"), reviewer=text("reviewer"),
            note=text("note"), corrected=node.get("corrected"),
            ignore_findings=tuple(str(f) for f in (node.get("ignore_findings") or ())),
            previous_status=text("previous_status"), changed=text("changed"), stale=stale, yaml_line=line,
        )

    def corrected_bounds(self) -> Optional[tuple[Any, Any]]:
        if self.corrected is None:
            return None
        return parse_corrected(self.corrected, self.kind)

    def to_claim(self, source: str, published: Optional[dt.date] = None) -> Optional[Claim]:
        """The claim this record describes, rebuilt from its fields (offsets unknown: 0)."""
        if self.kind not in KINDS:
            return None
        qualifier = self.qualifier if self.qualifier in QUALIFIERS else "exact"
        try:
            return Claim(
                id=self.id, source=source, line=self.line or 1, column=self.column or 1, start=0, end=0,
                page=self.page if isinstance(self.page, int) else None, text=self.text, sentence=self.sentence,
                kind=self.kind, value=self.value, unit=self.unit, lower=self.lower, upper=self.upper,
                qualifier=qualifier, subject=self.subject, subject_head=self.subject_head, place=self.place,
                period=self.period, per=self.per, published=published,
            )
        except ValueError:
            return None


@dataclass
class ClaimList:
    """One claim list file: the document it describes and its records."""

    path: Path  # the list file, as reached from the directory given (for messages: `label`)
    document: str  # the document's path relative to the claim lists' root, '/'-separated
    records: list[Record]
    stale: list[Record] = field(default_factory=list)
    title: Optional[str] = None
    published: Optional[dt.date] = None
    country: Optional[str] = None

    @property
    def label(self) -> str:
        return self.path.as_posix()

    def get(self, claim_id: str) -> Optional[Record]:
        for record in self.records:
            if record.id == claim_id:
                return record
        return None


@dataclass
class ClaimLists:
    """Every claim list under one claims directory."""

    directory: Path
    root: Path  # documents' paths in the lists are relative to this (the directory's parent)
    lists: list[ClaimList]
    _cache: dict[str, Optional[ClaimList]] = field(default_factory=dict, repr=False)
    _real: Optional[dict[str, ClaimList]] = field(default=None, repr=False)

    def __iter__(self) -> Iterator[ClaimList]:
        return iter(self.lists)

    def __len__(self) -> int:
        return len(self.lists)

    def for_source(self, source: str) -> Optional[ClaimList]:
        """The claim list of a document as an audit names it (any path form), or None.

        The document the list names, resolved against the root, is the same file; else
        the source is the list's document path, or ends with it (a moved checkout);
        else None.
        """
        if source in self._cache:
            return self._cache[source]
        found: Optional[ClaimList] = None
        if source != "-":
            if self._real is None:  # the lists' documents, resolved once
                self._real = {os.path.realpath(self.root / cl.document): cl for cl in reversed(self.lists)}
            found = self._real.get(os.path.realpath(source))
            if found is None:
                parts = Path(source.replace("\\", "/")).parts
                best = 0
                for claim_list in self.lists:
                    doc = Path(claim_list.document).parts
                    if len(doc) <= len(parts) and tuple(parts[len(parts) - len(doc):]) == doc and len(doc) > best:
                        found, best = claim_list, len(doc)
        self._cache[source] = found
        return found

    def record_for(self, source: str, claim_id: str) -> tuple[Optional[ClaimList], Optional[Record]]:
        claim_list = self.for_source(source)
        if claim_list is None:
            return None, None
        return claim_list, claim_list.get(claim_id)


def claim_list_from_data(data: CommentedMap, path: Path) -> ClaimList:
    published = data.get("published")
    if isinstance(published, str):
        try:
            published = dt.date.fromisoformat(published)
        except ValueError:
            published = None
    elif not isinstance(published, dt.date):
        published = None
    return ClaimList(
        path=path, document=str(data["document"]),
        records=[Record.from_node(n) for n in (data.get("claims") or [])],
        stale=[Record.from_node(n, stale=True) for n in (data.get("stale") or [])],
        title=None if data.get("title") is None else str(data.get("title")),
        published=published, country=None if data.get("country") is None else str(data.get("country")),
    )


def list_files(directory: Path) -> list[Path]:
    """The claim list files under a directory, sorted; hidden files and directories are skipped."""
    found = []
    for dirpath, dirnames, filenames in os.walk(directory):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.endswith(LIST_SUFFIX) and not name.startswith("."):
                found.append(Path(dirpath) / name)
    return sorted(found, key=lambda p: p.as_posix())


def lists_root(directory: Union[str, Path]) -> Path:
    """Where the documents' relative paths start: the claims directory's parent."""
    return Path(os.path.abspath(directory)).parent


def load_claim_lists(directory: Union[str, Path]) -> ClaimLists:
    """Read every claim list under `directory`; InputError (exit 2) for a missing directory or a bad file."""
    directory = Path(directory)
    if not directory.is_dir():
        raise InputError("no such claim list directory (create it with `factcheck claims sync PATH... "
                         f"--into {directory}`)", path=str(directory))
    lists = []
    for path in list_files(directory):
        _, data = read_list_file(path)
        lists.append(claim_list_from_data(data, path))
    return ClaimLists(directory=directory, root=lists_root(directory), lists=lists)


# ------------------------------------------------------------------ file names


OUTSIDE_DIRECTORY = "_outside"  # the lists of documents outside the claims directory's parent


def document_key(source: str, root: Path) -> str:
    """The document's path relative to `root`, '/'-separated: its `document` field and its list's name.

    A document inside `root` gives ``sources/a.md``; one outside it gives a path that climbs out,
    ``../x1/report.md`` (an absolute path where there is no relative one, as between Windows drives).
    Either way the key names one file whatever the working directory and however the document was
    named on the command line, so two documents never share a key.
    """
    absolute = os.path.abspath(source)
    try:
        return Path(absolute).relative_to(root).as_posix()
    except ValueError:
        pass
    try:
        return Path(os.path.relpath(absolute, root)).as_posix()
    except ValueError:  # no relative path (another drive)
        return Path(absolute).as_posix()


def is_outside(document: str) -> bool:
    """Whether a document key climbs out of the claims directory's parent (or is absolute)."""
    parts = PurePosixPath(document).parts
    return not parts or parts[0] == ".." or PurePosixPath(document).is_absolute() or ":" in parts[0]


def list_path_for(directory: Path, document: str) -> Path:
    """The claim list of a document key.

    Inside the claims directory's parent, the key plus ``.yaml``
    (``sources/a.md`` -> ``claims/sources/a.md.yaml``). Outside it, the file name under
    ``_outside/<folder>-<hash>/``, the hash being of the key's folder (``../x1/report.md`` ->
    ``claims/_outside/x1-<8 hex digits>/report.md.yaml``): two folders never share a list, and the
    documents of one folder sit together.
    """
    if not is_outside(document):
        return directory / (document + LIST_SUFFIX)
    folder, _, name = document.rpartition("/")
    digest = hashlib.blake2b(folder.encode("utf-8"), digest_size=4).hexdigest()
    label = PurePosixPath(folder).name.lstrip(".") if folder else ""
    label = "".join(c if c.isalnum() or c in "-_" else "-" for c in label)
    return directory / OUTSIDE_DIRECTORY / (f"{label}-{digest}" if label else digest) / (name + LIST_SUFFIX)


# ------------------------------------------------------------------ writing


def _write(handle: Any, text: str) -> None:
    """Write the new content into the temporary file (a seam for tests that kill a write half-way)."""
    handle.write(text)


def atomic_write(path: Path, text: str) -> None:
    """Write to a temporary file beside `path`, fsync, rename over it; on any failure the old file stays."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        os.chmod(tmp, _file_mode(path))
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            _write(handle, text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _file_mode(path: Path) -> int:
    """Keep an existing file's permissions; a new file gets the umask's (mkstemp would make it private)."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def remove_orphan_temps(directory: Path, only_for: Optional[Path] = None) -> list[Path]:
    """Delete temporary files a killed write left behind. Call with the lock held."""
    removed = []
    if only_for is not None:
        candidates = only_for.parent.glob(f".{only_for.name}.*{TEMP_SUFFIX}")
    else:
        candidates = (Path(d) / n for d, _, names in os.walk(directory) for n in names
                      if n.startswith(".") and n.endswith(TEMP_SUFFIX) and (LIST_SUFFIX + ".") in n)
    for candidate in sorted(candidates):
        with contextlib.suppress(FileNotFoundError):
            candidate.unlink()
            removed.append(candidate)
    return removed


@contextlib.contextmanager
def locked(directory: Path) -> Iterator[None]:
    """Hold an exclusive lock on `<directory>/.lock` (blocks until other syncs and reviews are done)."""
    directory.mkdir(parents=True, exist_ok=True)
    handle = open(directory / LOCK_NAME, "a+")
    try:
        if fcntl is not None:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        yield
    finally:
        try:
            if fcntl is not None:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        finally:
            handle.close()


# ------------------------------------------------------------------ editing records in place


def plain(value: Any) -> Any:
    """A value as it reads best in YAML: 500.0 -> 500, 10.8 stays, strings stay."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    return value


def same(a: Any, b: Any) -> bool:
    numeric = (int, float)
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b or a == b and type(a) is type(b)
    if isinstance(a, numeric) and isinstance(b, numeric):
        return float(a) == float(b)
    if isinstance(a, numeric) or isinstance(b, numeric):
        return False
    if a is None or b is None:
        return a is b
    return a == b


def put(node: CommentedMap, key: str, value: Any, order: tuple[str, ...] = RECORD_ORDER) -> bool:
    """Set `key` to `value` keeping key order; a new key goes to its place in `order`. True when changed.

    An unchanged value is not reassigned, so its quoting and comments stay exactly as written.
    None removes the key.
    """
    if value is None:
        if key in node:
            delete_key(node, key)
            return True
        return False
    if key in node:
        if same(node[key], value):
            return False
        node[key] = value
        return True
    rank = order.index(key) if key in order else len(order)
    position = 0
    for index, existing in enumerate(node):
        if existing in order and order.index(existing) < rank:
            position = index + 1
    node.insert(position, key, value)
    return True


def delete_key(node: CommentedMap, key: Any) -> None:
    """Delete a key; comments written after its value move to the key before it, not into the void."""
    keys = list(node)
    index = keys.index(key)
    token = _comment_token(node, key)
    del node[key]
    if token is None:
        return
    lines = token.value.split("\n", 1)
    moved = (("#" + lines[0].split("#", 1)[1] + "\n") if "#" in lines[0] else "") + (lines[1] if len(lines) > 1 else "")
    if not moved.strip():
        return
    if index > 0:
        append_after(node, keys[index - 1], moved)


def _comment_token(node: Any, key: Any) -> Optional[CommentToken]:
    entry = node.ca.items.get(key)
    if not entry:
        return None
    slot = 0 if isinstance(node, CommentedSeq) else 2
    token = entry[slot] if len(entry) > slot else None
    return token if isinstance(token, CommentToken) else None


def append_after(node: Any, key: Any, lines: str) -> None:
    """Add full-line comments after the value of `key` (node is a map or a sequence)."""
    slot = 0 if isinstance(node, CommentedSeq) else 2
    entry = node.ca.items.setdefault(key, [None, None, None, None])
    while len(entry) < 4:
        entry.append(None)
    token = entry[slot]
    if isinstance(token, CommentToken):
        head = token.value if token.value.endswith("\n") else token.value + "\n"
        token.value = head + lines
    else:
        entry[slot] = CommentToken("\n" + lines, CommentMark(0), None)


def _tail_location(node: Any) -> Optional[tuple[Any, Any]]:
    """The (container, key) whose trailing comment holds what is written after `node`."""
    if isinstance(node, CommentedMap) and len(node):
        key = list(node)[-1]
        value = node[key]
        if isinstance(value, (CommentedMap, CommentedSeq)) and len(value):
            return _tail_location(value) or (node, key)
        return node, key
    if isinstance(node, CommentedSeq) and len(node):
        index = len(node) - 1
        value = node[index]
        if isinstance(value, (CommentedMap, CommentedSeq)) and len(value):
            return _tail_location(value) or (node, index)
        return node, index
    return None


def take_trailing(node: Any) -> str:
    """Remove and return the full-line comments written after `node` (its end-of-line comment stays)."""
    location = _tail_location(node)
    if location is None:
        return ""
    container, key = location
    token = _comment_token(container, key)
    if token is None:
        return ""
    head, sep, rest = token.value.partition("\n")
    if not sep or not rest:
        return ""
    if head.strip():
        token.value = head + "\n"
    else:
        slot = 0 if isinstance(container, CommentedSeq) else 2
        container.ca.items[key][slot] = None
    return rest


def put_trailing(node: Any, lines: str) -> None:
    if not lines:
        return
    location = _tail_location(node)
    if location is None:
        return
    append_after(*location, lines)


def take_before_first(parent: CommentedMap, key: str) -> str:
    """Remove and return the comment lines between `key:` and its sequence's first item."""
    entry = parent.ca.items.get(key)
    if not entry:
        return ""
    taken = ""
    eol = entry[2] if len(entry) > 2 else None
    if isinstance(eol, CommentToken):  # `key:  # comment` holds the lines below it in the same token
        head, sep, rest = eol.value.partition("\n")
        if sep and rest:
            eol.value = head + "\n"
            taken += rest
    if len(entry) > 3 and entry[3]:
        taken += "".join(t.value for t in entry[3] if isinstance(t, CommentToken))
        entry[3] = None
    return taken


def put_before_first(parent: CommentedMap, key: str, lines: str) -> None:
    if not lines:
        return
    entry = parent.ca.items.setdefault(key, [None, None, None, None])
    while len(entry) < 4:
        entry.append(None)
    if isinstance(entry[2], CommentToken):
        head = entry[2].value if entry[2].value.endswith("\n") else entry[2].value + "\n"
        entry[2].value = head + lines
    else:
        entry[3] = [CommentToken(lines, CommentMark(0), None)]


def has_comments(parent: CommentedMap, key: str) -> bool:
    entry = parent.ca.items.get(key)
    return bool(entry and any(entry))
