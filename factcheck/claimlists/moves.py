"""Moved and renamed documents: carry a claim list whose document is gone over to its new path.

After ``git mv sources/a.md sources/b.md`` the list ``claims/sources/a.md.yaml`` names a document
that no longer exists (an *orphaned* list), and ``sources/b.md`` has no list yet. Claim ids do not
depend on the document's path (they derive from the kind, the span, its sentence and its occurrence
in that sentence), so the moved document has the same ids as the old list.

The rule (docs/claim-lists.md, "Moved and renamed documents"): a record of the orphaned list's
``claims:`` section is *kept* by a document when the document has a claim with the record's id, or
else an unpaired claim with the same kind, text and value (a sentence edited in the same commit:
sync pairs them, as it does within one document). The list moves to a document synced in the same
run when that document

* keeps **more than half** of the list's records,
* has **at least one** of the list's ids (one sentence unchanged: figures alone are not enough), and
* has no list yet, or only a list with nothing human in it (every record ``unreviewed``, no
  reviewer field, no comment, no field sync does not write), which the moved list replaces.

A reviewed record the new document does not keep is not lost: it goes to ``stale:`` in the moved
list and is reported, as after an edit in place. When several documents qualify, the one keeping
the larger share of the list's records wins, then the one keeping more of its reviewed records,
then the one sharing more ids, then the one with the larger share of its own claims in the list;
a tie (a moved document and an identical copy) moves nothing. When several orphaned lists pick one
document, the same order decides and a tie moves none of them. Every orphaned list that does not
move is reported, with the reason, and left where it is.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any, Optional

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError

from ..errors import InputError
from .store import (
    HEADER_COMMENT, MACHINE_FIELDS, REVIEWED, TOP_ORDER, list_files, read_list_file,
)

REVIEWED_OR_AGAIN = REVIEWED + ("needs-review",)
# What sync itself writes: a list holding only these, every record unreviewed, and no comment but
# the header, holds no human decision, so a moved list may replace it.
_SYNC_RECORD_KEYS = frozenset(("id", "status") + MACHINE_FIELDS)
_SYNC_TOP_KEYS = frozenset(TOP_ORDER)
_DOCUMENT_LINE = re.compile(r"^document:[ \t]*(\S.*?)[ \t]*$", re.MULTILINE)


MatchKey = tuple  # (kind, text, value), as sync pairs a record with a claim whose sentence changed


def one_line(text: str) -> str:
    return " ".join(str(text).split())


def _norm_value(value: Any) -> Optional[str]:
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f"{float(value):.12g}"
    return str(value)


def match_key(kind: Any, text: Any, value: Any) -> MatchKey:
    return (str(kind), one_line(text or ""), _norm_value(value))


@dataclass
class Listed:
    """One record of an orphaned list's `claims:` section, as matching sees it."""

    id: str
    key: MatchKey
    reviewed: bool = False


@dataclass
class OrphanList:
    """A claim list whose document no longer exists."""

    path: Path
    document: str
    raw: bytes
    data: CommentedMap
    records: list[Listed]  # its `claims:` section
    reviewed: int  # reviewed records in all, stale ones included


@dataclass
class Target:
    """A document synced now, as a possible new home for an orphaned list."""

    source: str
    document: str  # its key
    path: Path  # its list
    claims: dict[str, MatchKey]  # its claims' ids and keys
    free: bool  # no list, or one with nothing human in it


@dataclass
class Orphan:
    """An orphaned list that stays where it is, and why (for the summary)."""

    path: Path
    document: str
    reviewed: int
    reason: str


@dataclass
class Matching:
    moves: dict[str, OrphanList] = field(default_factory=dict)  # target source -> the list moving there
    orphans: list[Orphan] = field(default_factory=list)


def reviewed_count(data: Any) -> int:
    return sum(1 for item in _records(data, ("claims", "stale")) if str(item.get("status")) in REVIEWED_OR_AGAIN)


def _records(data: Any, sections: tuple[str, ...]) -> list[CommentedMap]:
    out = []
    for section in sections:
        seq = data.get(section) if isinstance(data, CommentedMap) else None
        if isinstance(seq, CommentedSeq):
            out.extend(item for item in seq if isinstance(item, CommentedMap))
    return out


def header_text(document: str) -> str:
    return "".join(f"# {line}\n" for line in HEADER_COMMENT.format(document=document).split("\n"))


def retitle(data: CommentedMap, old: str, new: str) -> None:
    """Rename the document in the list's header comment, when it is the header sync wrote."""
    tokens = data.ca.comment[1] if data.ca.comment and len(data.ca.comment) > 1 else None
    if not tokens:
        return
    first = HEADER_COMMENT.format(document=old).split("\n")[0]
    for token in tokens:
        if getattr(token, "value", None) == f"# {first}\n":
            token.value = "# " + HEADER_COMMENT.format(document=new).split("\n")[0] + "\n"
            return


def is_untouched(data: Any) -> bool:
    """True when a list holds nothing a person wrote: no decision, no note, no comment, no field of their own."""
    if not isinstance(data, CommentedMap):
        return False
    if any(key not in _SYNC_TOP_KEYS for key in data):
        return False
    if any(not isinstance(data.get(section), (CommentedSeq, type(None))) for section in ("claims", "stale")):
        return False
    for item in _records(data, ("claims", "stale")):
        if str(item.get("status", "unreviewed")) != "unreviewed" or any(key not in _SYNC_RECORD_KEYS for key in item):
            return False
    header = data.ca.comment[1] if data.ca.comment and len(data.ca.comment) > 1 else None
    written = "".join(getattr(token, "value", "") for token in header or ())
    if written and written != header_text(str(data.get("document"))):
        return False
    if data.ca.comment and data.ca.comment[0] is not None:
        return False
    return not _has_comments(data, top=True)


def _has_comments(node: Any, top: bool = False) -> bool:
    if isinstance(node, (CommentedMap, CommentedSeq)):
        ca = node.ca
        if not top and ca.comment and any(ca.comment):
            return True
        if any(entry and any(entry) for entry in ca.items.values()):
            return True
        if getattr(ca, "end", None):
            return True
        children = node.values() if isinstance(node, CommentedMap) else node
        return any(_has_comments(child) for child in children)
    return False


def document_exists(root: Path, document: str) -> bool:
    return (root / document).is_file()


def _peek_document(path: Path) -> Optional[str]:
    """The list's `document` field from its text alone (None when it cannot be told without a full read)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    found = _DOCUMENT_LINE.findall(text)
    if len(found) != 1:
        return None
    try:
        value = YAML(typ="safe", pure=True).load("document: " + found[0])
    except YAMLError:
        return None
    document = value.get("document") if isinstance(value, dict) else None
    return document if isinstance(document, str) and document else None


def find_orphans(directory: Path, root: Path, skip: set[Path]) -> tuple[list[OrphanList], list[InputError]]:
    """Every list under `directory` (but those in `skip`) whose document no longer exists.

    Only those lists are read in full: a list whose `document:` line names an existing file is
    passed over. A list that cannot be read is returned as an error, not raised: it belongs to
    no document of this sync.
    """
    orphans: list[OrphanList] = []
    errors: list[InputError] = []
    skipped = {p.resolve() for p in skip}
    for path in list_files(directory):
        if path.resolve() in skipped:
            continue
        peeked = _peek_document(path)
        if peeked is not None and document_exists(root, peeked):
            continue
        try:
            raw, data = read_list_file(path)
        except InputError as error:
            errors.append(error)
            continue
        document = str(data["document"])
        if document_exists(root, document):
            continue
        orphans.append(OrphanList(
            path=path, document=document, raw=raw, data=data,
            records=[Listed(str(item["id"]), match_key(item.get("kind"), item.get("text"), item.get("value")),
                            str(item.get("status")) in REVIEWED_OR_AGAIN)
                     for item in _records(data, ("claims",))],
            reviewed=reviewed_count(data),
        ))
    return orphans, errors


def kept_records(orphan: OrphanList, target: Target) -> tuple[list[Listed], int]:
    """The orphaned list's records that the document keeps (module docstring), and how many by id."""
    listed_ids = {r.id for r in orphan.records}
    unpaired = Counter(key for claim_id, key in target.claims.items() if claim_id not in listed_ids)
    kept = [r for r in orphan.records if r.id in target.claims]
    by_id = len(kept)
    for r in orphan.records:
        if r.id not in target.claims and unpaired[r.key] > 0:
            unpaired[r.key] -= 1
            kept.append(r)
    return kept, by_id


def _score(orphan: OrphanList, target: Target) -> Optional[tuple[Fraction, int, int, Fraction]]:
    """How well a document matches an orphaned list (larger is better); None when it does not."""
    if not orphan.records or not target.claims:
        return None
    kept, by_id = kept_records(orphan, target)
    if by_id == 0 or 2 * len(kept) <= len(orphan.records):
        return None
    return (Fraction(len(kept), len(orphan.records)), sum(1 for r in kept if r.reviewed), by_id,
            Fraction(len(kept), len(target.claims)))


def _names(targets: list[Target]) -> str:
    return _join(sorted(t.document for t in targets))


def match_moves(orphans: list[OrphanList], targets: list[Target]) -> Matching:
    """Which orphaned list moves to which document (module docstring); the others, with a reason."""
    result = Matching()
    best: dict[int, tuple[tuple, list[Target]]] = {}  # orphan index -> (its best score, the targets scoring it)
    for index, orphan in enumerate(orphans):
        scored = [(score, t) for t in targets if (score := _score(orphan, t)) is not None]
        if scored:
            top = max(score for score, _ in scored)
            best[index] = (top, [t for score, t in scored if score == top])

    claims_on: dict[str, list[int]] = {}  # target source -> the orphans that pick it
    for index, orphan in enumerate(orphans):
        gone = f"its document {orphan.document} is gone"
        if index not in best:
            result.orphans.append(Orphan(orphan.path, orphan.document, orphan.reviewed,
                                         f"{gone}, and no document synced now holds most of its claims "
                                         "(sync the document's new path to carry the list over, or delete it)"))
            continue
        _, tops = best[index]
        if len(tops) > 1:
            result.orphans.append(Orphan(orphan.path, orphan.document, orphan.reviewed,
                                         f"{gone}; its claims match {_names(tops)} equally, so it was not moved"))
            continue
        target = tops[0]
        if not target.free:
            result.orphans.append(Orphan(orphan.path, orphan.document, orphan.reviewed,
                                         f"{gone}; its claims match {target.document}, but "
                                         f"{target.path.as_posix()} already holds reviews or comments, so it was "
                                         "not moved (merge the two by hand)"))
            continue
        claims_on.setdefault(target.source, []).append(index)

    by_source = {t.source: t for t in targets}
    for source, indexes in claims_on.items():
        scores = sorted(((best[i][0], i) for i in indexes), key=lambda pair: pair[0], reverse=True)
        top = scores[0][0]
        winners = [i for score, i in scores if score == top]
        target = by_source[source]
        if len(winners) == 1:
            result.moves[source] = orphans[winners[0]]
        for _, index in scores:
            if len(winners) == 1 and index == winners[0]:
                continue
            orphan = orphans[index]
            rivals = sorted(orphans[i].path.as_posix() for i in winners if i != index)
            verb = "matches" if len(rivals) == 1 else "match"
            how = "as well" if index in winners else "better"
            result.orphans.append(Orphan(orphan.path, orphan.document, orphan.reviewed,
                                         f"its document {orphan.document} is gone; its claims match "
                                         f"{target.document}, but {_join(rivals)} {verb} it {how}, "
                                         "so it was not moved"))
    result.orphans.sort(key=lambda o: o.path.as_posix())
    return result


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
