"""`factcheck claims sync`: bring each document's claim list up to date with its claims.

For every document: extract its claims, load its claim list (round trip), and
update the records in place:

* a claim whose id is already listed gets its machine-owned fields refreshed;
  status, reviewer, note, corrected and ignore_findings are never touched;
* a claim with a new id whose (kind, text, value) matches a listed record whose id
  vanished is that record with a changed sentence: the record takes the new id,
  keeps its human fields, and when it had been reviewed goes back to
  ``needs-review`` (``previous_status`` and ``changed`` say what it was);
* a claim matching nothing is added as ``unreviewed``;
* a listed record matching nothing moves to the ``stale:`` section (reported, kept).

A list whose document is gone (renamed or moved) is carried over to the synced document that
holds most of its claims, human decisions, comments and all, and its file is renamed
(moves.py has the rule); a list whose document is gone and that matches no document is
reported and left alone.

Records are sorted by (line, column, id). Comments people wrote move with the
record they precede. The whole sync holds the claims directory's lock.
"""

from __future__ import annotations

import difflib
import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Optional, Union

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from ..errors import UsageError
from ..models import Claim, Document
from .store import (
    FORMAT_VERSION, HEADER_COMMENT, REVIEWED, TOP_ORDER, append_after, atomic_write, delete_key, document_key, dump_text,
    has_comments, list_path_for, lists_root, locked, plain, put, put_before_first, put_trailing,
    read_list_file, remove_orphan_temps, take_before_first, take_trailing,
)
from .moves import Orphan, Target, find_orphans, is_untouched, match_moves, retitle
from .moves import match_key as _match_key, one_line as _one_line

Extractor = Callable[[Document], list[Claim]]


@dataclass
class Mention:
    """A claim named in the sync's report."""

    id: str
    text: str
    line: int
    detail: str = ""


@dataclass
class DocumentSync:
    """What one document's sync did to its claim list."""

    source: str
    document: str
    path: Path
    claims: int = 0
    created: bool = False
    written: bool = False
    new: list[Mention] = field(default_factory=list)
    needs_review: list[Mention] = field(default_factory=list)
    newly_stale: list[Mention] = field(default_factory=list)
    restored: list[Mention] = field(default_factory=list)
    stale: int = 0
    moved_from: Optional[Path] = None  # the list it was, when its document was renamed or moved
    moved_document: Optional[str] = None  # that list's document
    kept: int = 0  # reviewed records carried over by the move
    replaced: bool = False  # the move replaced a list that held no human decision

    def move_line(self) -> Optional[str]:
        if self.moved_from is None:
            return None
        replaced = f"; replaced an unreviewed {self.path.as_posix()}" if self.replaced else ""
        return (f"moved {self.moved_from.as_posix()} -> {self.path.as_posix()} "
                f"({self.kept} reviewed claim{'s' if self.kept != 1 else ''} kept{replaced})")

    def line(self) -> str:
        parts = [f"{self.claims} claim{'s' if self.claims != 1 else ''}"]
        if self.new:
            parts.append(f"{len(self.new)} new")
        if self.needs_review:
            parts.append(f"{len(self.needs_review)} need{'s' if len(self.needs_review) == 1 else ''} review again")
        if self.restored:
            parts.append(f"{len(self.restored)} back from stale")
        if self.newly_stale:
            parts.append(f"{len(self.newly_stale)} newly stale")
        if self.stale:
            parts.append(f"{self.stale} stale in all")
        state = ("moved" if self.moved_from is not None else "created" if self.created
                 else "updated" if self.written else "unchanged")
        return f"{self.path.as_posix()}: {', '.join(parts)} ({state})"


@dataclass
class SyncResult:
    directory: Path
    documents: list[DocumentSync]
    removed_temps: list[Path] = field(default_factory=list)
    orphans: list[Orphan] = field(default_factory=list)  # lists whose document is gone, left where they are
    unreadable: list[str] = field(default_factory=list)  # other lists that could not be read (not checked)

    @property
    def moved(self) -> list[DocumentSync]:
        return [d for d in self.documents if d.moved_from is not None]

    @property
    def stale(self) -> int:
        return sum(d.stale for d in self.documents)

    def warnings(self) -> list[str]:
        """One line per claim that went stale or needs review again (for standard error)."""
        out = []
        for d in self.documents:
            for m in d.newly_stale:
                out.append(f"{d.path.as_posix()}: claim {m.id} “{_one_line(m.text)}” (line {m.line}) is no longer "
                           f"in {d.source}; kept under 'stale:'")
            for m in d.needs_review:
                out.append(f"{d.path.as_posix()}: claim {m.id} “{_one_line(m.text)}” (line {m.line}): {m.detail}")
        for path in self.removed_temps:
            out.append(f"{path.as_posix()}: removed a temporary file left by an interrupted write")
        for orphan in self.orphans:
            out.append(f"{orphan.path.as_posix()}: orphaned claim list: {orphan.reason}; kept")
        for message in self.unreadable:
            out.append(f"{message} (not checked for a moved document)")
        return out

    def summary(self) -> str:
        lines = []
        for d in self.documents:
            moved = d.move_line()
            if moved:
                lines.append(moved)
            lines.append(d.line())
        for orphan in self.orphans:
            reviewed = f"{orphan.reviewed} reviewed claim{'s' if orphan.reviewed != 1 else ''}"
            lines.append(f"orphaned {orphan.path.as_posix()} ({reviewed}): {orphan.reason}; kept")
        total = sum(d.claims for d in self.documents)
        new = sum(len(d.new) for d in self.documents)
        review = sum(len(d.needs_review) for d in self.documents)
        newly_stale = sum(len(d.newly_stale) for d in self.documents)
        lines.append(
            f"synced {len(self.documents)} document{'s' if len(self.documents) != 1 else ''} into "
            f"{self.directory.as_posix()}/: {total} claims, {new} new, {review} need review again, "
            f"{newly_stale} newly stale, {self.stale} stale in all"
            + (f", {len(self.moved)} list{'s' if len(self.moved) != 1 else ''} moved" if self.moved else "")
            + (f", {len(self.orphans)} orphaned list{'s' if len(self.orphans) != 1 else ''}" if self.orphans else "")
        )
        return "\n".join(lines) + "\n"


def sentence_hash(sentence: str) -> str:
    return hashlib.blake2b(" ".join(sentence.split()).encode("utf-8"), digest_size=4).hexdigest()


def machine_fields(claim: Claim) -> dict[str, Any]:
    """The record fields sync owns, in file order (None: left out)."""
    return {
        "kind": claim.kind,
        "text": claim.text,
        "value": plain(claim.value),
        "lower": plain(claim.lower),
        "upper": plain(claim.upper),
        "unit": claim.unit,
        "qualifier": claim.qualifier,
        "subject": claim.subject,
        "subject_head": claim.subject_head,
        "place": claim.place,
        "period": claim.period,
        "per": claim.per,
        "page": claim.page,
        "line": claim.line,
        "column": claim.column,
        "sentence": claim.sentence,
        "sentence_hash": sentence_hash(claim.sentence),
    }


def _sort_key(item: CommentedMap) -> tuple:
    def number(v: Any) -> int:
        try:
            return int(v)
        except (TypeError, ValueError):
            return 0

    return number(item.get("line")), number(item.get("column")), str(item.get("id"))


def new_list(document: Document, key: str) -> CommentedMap:
    data = CommentedMap()
    data["version"] = FORMAT_VERSION
    data["document"] = key
    data.yaml_set_start_comment(HEADER_COMMENT.format(document=key))
    data["claims"] = CommentedSeq()
    return data


def _new_record(claim: Claim) -> CommentedMap:
    record = CommentedMap()
    record["id"] = claim.id
    record["status"] = "unreviewed"
    for name, value in machine_fields(claim).items():
        if value is not None:
            record[name] = value
    return record


def update_list(data: Optional[CommentedMap], document: Document, key: str, claims: Iterable[Claim],
                result: DocumentSync) -> CommentedMap:
    """Update (or create) one claim list in place from the document's current claims."""
    from ..extract.context import main_country

    if data is None:
        data = new_list(document, key)
        result.created = True

    put(data, "version", FORMAT_VERSION, TOP_ORDER)
    put(data, "document", key, TOP_ORDER)
    put(data, "title", document.title, TOP_ORDER)
    put(data, "published", document.published.isoformat() if document.published else None, TOP_ORDER)
    put(data, "country", main_country(document.text), TOP_ORDER)

    claims_seq = data.get("claims")
    if not isinstance(claims_seq, CommentedSeq):
        claims_seq = CommentedSeq()
        data["claims"] = claims_seq
    stale_seq = data.get("stale")
    if not isinstance(stale_seq, CommentedSeq):
        stale_seq = CommentedSeq()

    # Comments written between records belong to the record below them: detach them now, re-attach
    # them after reordering, so that a comment always stays above the record it was written above.
    leading: dict[int, str] = {}

    def detach(section: str, seq: CommentedSeq) -> str:
        items = list(seq)
        if not items:
            return ""
        leading[id(items[0])] = take_before_first(data, section)
        trailer = ""
        for index, item in enumerate(items):
            tail = take_trailing(item)
            if index + 1 < len(items):
                leading[id(items[index + 1])] = tail
            else:
                trailer = tail
        return trailer

    file_end = list(data)[-1] if len(data) else None
    claims_trailer = detach("claims", claims_seq)
    stale_trailer = detach("stale", stale_seq) if "stale" in data else ""
    file_trailer = ""  # comments at the very end of the file stay there, whichever section ends up last
    if file_end == "claims":
        file_trailer, claims_trailer = claims_trailer, ""
    elif file_end == "stale":
        file_trailer, stale_trailer = stale_trailer, ""

    old_items: list[CommentedMap] = list(claims_seq) + list(stale_seq)
    was_stale = {id(item) for item in stale_seq}
    by_id = {str(item["id"]): item for item in old_items}
    ordered = sorted(claims, key=lambda c: (c.line, c.column, c.id))
    new_ids = {c.id for c in ordered}

    pairs: dict[str, tuple[CommentedMap, bool]] = {}  # claim id -> (record, matched by id)
    for claim in ordered:
        if claim.id in by_id:
            pairs[claim.id] = (by_id[claim.id], True)

    # A vanished id and a new id with the same kind, text and value: the sentence around the claim changed.
    orphans = [item for item in old_items if str(item["id"]) not in new_ids]
    newcomers = [c for c in ordered if c.id not in by_id]
    candidates = []
    for claim in newcomers:
        ckey = _match_key(claim.kind, claim.text, claim.value)
        for item in orphans:
            if _match_key(item.get("kind"), item.get("text"), item.get("value")) != ckey:
                continue
            ratio = difflib.SequenceMatcher(None, _one_line(item.get("sentence") or ""), claim.sentence).ratio()
            distance = abs(_sort_key(item)[0] - claim.line)
            candidates.append((-round(ratio, 6), distance, str(item["id"]), claim.id, item, claim))
    candidates.sort(key=lambda t: t[:4])
    taken_items: set[int] = set()
    for _, _, _, claim_id, item, claim in candidates:
        if claim_id in pairs or id(item) in taken_items:
            continue
        pairs[claim_id] = (item, False)
        taken_items.add(id(item))

    used = {id(record) for record, _ in pairs.values()}
    new_items: list[CommentedMap] = []
    for claim in ordered:
        if claim.id not in pairs:
            new_items.append(_new_record(claim))
            result.new.append(Mention(claim.id, claim.text, claim.line))
            continue
        item, _ = pairs[claim.id]
        _refresh(item, claim, result)
        if id(item) in was_stale:
            result.restored.append(Mention(claim.id, claim.text, claim.line))
        new_items.append(item)

    stale_items = [item for item in old_items if id(item) not in used]
    for item in stale_items:
        if id(item) not in was_stale:
            result.newly_stale.append(Mention(str(item["id"]), str(item.get("text", "")), _sort_key(item)[0]))
    stale_items.sort(key=_sort_key)

    _replace(claims_seq, new_items)
    _replace(stale_seq, stale_items)
    _reattach(data, "claims", claims_seq, leading, claims_trailer)
    if stale_items:
        if "stale" not in data:
            put(data, "stale", stale_seq, TOP_ORDER)
        elif data["stale"] is not stale_seq:
            data["stale"] = stale_seq
        _reattach(data, "stale", stale_seq, leading, stale_trailer)
    elif "stale" in data:
        if stale_trailer and new_items:
            put_trailing(new_items[-1], stale_trailer)
        if has_comments(data, "stale"):
            data["stale"] = stale_seq  # an empty list keeps the comment written on its line
        else:
            delete_key(data, "stale")

    if file_trailer:
        last = list(data)[-1]
        if isinstance(data[last], CommentedSeq) and len(data[last]):
            put_trailing(data[last][-1], file_trailer)
        else:
            append_after(data, last, file_trailer)

    result.claims = len(new_items)
    result.stale = len(stale_items)
    return data


def _refresh(item: CommentedMap, claim: Claim, result: DocumentSync) -> None:
    """Refresh a record's machine fields from its claim; a reviewed record whose sentence changed needs review."""
    fields = machine_fields(claim)
    old_sentence = item.get("sentence")
    old_hash = item.get("sentence_hash")
    if old_hash is None and old_sentence is not None:
        old_hash = sentence_hash(str(old_sentence))
    sentence_changed = old_hash is not None and str(old_hash) != fields["sentence_hash"]
    status = str(item.get("status", "unreviewed"))

    put(item, "id", claim.id)
    if "status" not in item:
        put(item, "status", "unreviewed")
    if sentence_changed and (status in REVIEWED or status == "needs-review"):
        was = f"sentence changed; it was: “{_one_line(old_sentence or '')}”"
        if status in REVIEWED:
            put(item, "previous_status", status)
            put(item, "changed", was)
            put(item, "status", "needs-review")
            result.needs_review.append(Mention(claim.id, claim.text, claim.line,
                                               f"was {status}, but its sentence changed; now needs-review"))
        elif item.get("changed") is None:  # needs-review by hand: say what changed, keep what was reviewed
            put(item, "changed", was)
    for name, value in fields.items():
        put(item, name, value)


def _replace(seq: CommentedSeq, items: list[CommentedMap]) -> None:
    if [id(x) for x in seq] != [id(x) for x in items]:
        del seq[:]
        seq.extend(items)
    for item in items:
        item.fa.set_block_style()
    if items:
        seq.fa.set_block_style()


def _reattach(data: CommentedMap, section: str, seq: CommentedSeq, leading: dict[int, str], trailer: str) -> None:
    items = list(seq)
    if not items:
        if trailer:
            append_after(data, section, trailer)
        return
    put_before_first(data, section, leading.get(id(items[0]), ""))
    for index in range(1, len(items)):
        put_trailing(items[index - 1], leading.get(id(items[index]), ""))
    put_trailing(items[-1], trailer)


def sync_documents(documents: list[Document], into: Union[str, Path] = "claims", *,
                   extract: Optional[Extractor] = None) -> SyncResult:
    """Write or update one claim list per document under `into`; see the module docstring.

    Claim list names: the document's path relative to `into`'s parent directory
    (``sources/a.md`` -> ``claims/sources/a.md.yaml``); a document outside it gets
    ``claims/_outside/<folder>-<hash>/<name>.yaml`` (store.list_path_for).
    """
    if extract is None:
        from ..extract import extract_document as extract
    directory = Path(into)
    if directory.exists() and not directory.is_dir():
        raise UsageError(f"{directory} is not a directory", path=str(directory))
    for document in documents:
        if document.source == "-":
            raise UsageError("claims sync needs files: a claim list is named after its document's path, "
                             "and standard input has none")
    root = lists_root(directory)
    keys: dict[str, str] = {}
    owners: dict[Path, str] = {}
    for document in documents:
        key = document_key(document.source, root)
        path = list_path_for(directory, key)
        if path in owners and os.path.realpath(owners[path]) != os.path.realpath(document.source):
            raise UsageError(f"{document.source} and {owners[path]} would share the claim list {path.as_posix()}")
        owners[path] = document.source
        keys[document.source] = key

    # Extraction is the slow part and needs no lock.
    extracted = {d.source: extract(d) for d in documents}

    created_directory = not directory.exists()
    result = SyncResult(directory=directory, documents=[])
    with locked(directory):
        if created_directory:
            _write_gitignore(directory)
        result.removed_temps = remove_orphan_temps(directory)
        # Load every existing list first: a malformed one stops the sync before anything is written.
        loaded: dict[str, tuple[Optional[bytes], Any]] = {}
        paths = {d.source: list_path_for(directory, keys[d.source]) for d in documents}
        for document in documents:
            path = paths[document.source]
            loaded[document.source] = read_list_file(path) if path.exists() else (None, None)

        # Lists whose document is gone: carry each over to the document now holding its claims.
        orphans, unreadable = find_orphans(directory, root, set(paths.values()))
        result.unreadable = [str(error) for error in unreadable]
        targets = [Target(source=d.source, document=keys[d.source], path=paths[d.source],
                          claims={c.id: _match_key(c.kind, c.text, c.value) for c in extracted[d.source]},
                          free=loaded[d.source][1] is None or is_untouched(loaded[d.source][1]))
                   for d in documents]
        matching = match_moves(orphans, targets) if orphans else None
        if matching is not None:
            result.orphans = matching.orphans

        for document in documents:
            key = keys[document.source]
            path = paths[document.source]
            outcome = DocumentSync(source=document.source, document=key, path=path)
            raw, data = loaded[document.source]
            moving = matching.moves.get(document.source) if matching is not None else None
            if moving is not None:
                outcome.moved_from, outcome.moved_document = moving.path, moving.document
                outcome.kept, outcome.replaced = moving.reviewed, data is not None
                data = moving.data
                retitle(data, moving.document, key)
            data = update_list(data, document, key, extracted[document.source], outcome)
            text = dump_text(data)
            if raw is None or text.encode("utf-8") != raw:
                atomic_write(path, text)
                outcome.written = True
            if moving is not None:
                _remove_list(moving.path, directory)
            result.documents.append(outcome)
    return result


def _remove_list(path: Path, directory: Path) -> None:
    """Delete a list that moved (its new file is written already), and the folders it leaves empty."""
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    top = Path(os.path.abspath(directory))
    folder = Path(os.path.abspath(path.parent))
    while folder != top and top in folder.parents:
        try:
            folder.rmdir()
        except OSError:  # not empty
            break
        folder = folder.parent


def _write_gitignore(directory: Path) -> None:
    path = directory / ".gitignore"
    if not path.exists():
        atomic_write(path, "# written by factcheck claims sync: the lock file and interrupted writes\n"
                           ".lock\n.*.tmp\n")
