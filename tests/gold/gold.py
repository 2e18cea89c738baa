"""Load the gold annotation of the real corpus (tests/gold/corpus.yaml).

Each entry names its span by ``text`` and ``occurrence`` (the n-th non-overlapping
match of ``text`` counted from the start of the document); the loader resolves them to
character offsets ``start``/``end`` in the document as read from the corpus directory.

    from tests.gold.gold import load_gold
    for doc in load_gold():                      # ../shared/corpus next to the repository
        for claim in doc.claims:
            claim["start"], claim["end"], claim["kind"], claim["value"]
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional, Union

from ruamel.yaml import YAML

GOLD_PATH = Path(__file__).resolve().parent / "corpus.yaml"
# <repo>/../shared/corpus
DEFAULT_CORPUS_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"

PathLike = Union[str, Path]


class GoldError(ValueError):
    """The gold file is malformed or names a span that is not in its document."""


@dataclass
class GoldDocument:
    file: str
    published: Optional[dt.date]
    text: str = field(repr=False)
    claims: list[dict[str, Any]] = field(default_factory=list)
    non_claims: list[dict[str, Any]] = field(default_factory=list)


def find_occurrence(haystack: str, needle: str, occurrence: int = 1) -> int:
    """Offset of the ``occurrence``-th non-overlapping match of ``needle``; -1 if there is none."""
    if not needle or occurrence < 1:
        return -1
    pos, i = -1, 0
    for _ in range(occurrence):
        pos = haystack.find(needle, i)
        if pos < 0:
            return -1
        i = pos + len(needle)
    return pos


def _published(value: Any, where: str) -> Optional[dt.date]:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise GoldError(f"{where}: published {value!r} is not an ISO date") from exc


def _resolve(entries: Any, text: str, file: str, section: str) -> list[dict[str, Any]]:
    if entries is None:
        return []
    if not isinstance(entries, list):
        raise GoldError(f"{file}: {section} must be a list")
    resolved = []
    for i, entry in enumerate(entries):
        where = f"{file}: {section}[{i}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("text"), str) or not entry["text"]:
            raise GoldError(f"{where}: each entry needs a non-empty string 'text'")
        occurrence = entry.get("occurrence", 1)
        if not isinstance(occurrence, int) or isinstance(occurrence, bool) or occurrence < 1:
            raise GoldError(f"{where}: occurrence must be a positive integer, got {occurrence!r}")
        start = find_occurrence(text, entry["text"], occurrence)
        if start < 0:
            found = text.count(entry["text"])
            raise GoldError(
                f"{where}: text {entry['text']!r} occurrence {occurrence} not found in {file} "
                f"(it occurs {found} time(s))"
            )
        item = dict(entry)
        item["occurrence"] = occurrence
        item["start"] = start
        item["end"] = start + len(entry["text"])
        resolved.append(item)
    return resolved


def load_gold(corpus_dir: Optional[PathLike] = None, path: Optional[PathLike] = None) -> list[GoldDocument]:
    """Read the gold file and resolve every span against the documents in ``corpus_dir``.

    ``corpus_dir`` defaults to ``<repo>/../shared/corpus`` and ``path`` to
    ``tests/gold/corpus.yaml``. Raises ``GoldError`` with the file and entry when a span
    cannot be found, and ``FileNotFoundError`` when a document is missing.
    """
    corpus = Path(corpus_dir) if corpus_dir is not None else DEFAULT_CORPUS_DIR
    gold_path = Path(path) if path is not None else GOLD_PATH
    with gold_path.open(encoding="utf-8") as fh:
        data = YAML(typ="safe").load(fh)
    if not isinstance(data, dict) or data.get("version") != 1 or not isinstance(data.get("documents"), list):
        raise GoldError(f"{gold_path}: expected a mapping with version: 1 and a list of documents")
    docs = []
    for j, raw in enumerate(data["documents"]):
        if not isinstance(raw, dict) or not isinstance(raw.get("file"), str):
            raise GoldError(f"{gold_path}: documents[{j}] needs a 'file'")
        file = raw["file"]
        # newline="" keeps the text byte-for-byte, as the offsets are into the file's characters
        with (corpus / file).open(encoding="utf-8", newline="") as fh:
            text = fh.read()
        docs.append(
            GoldDocument(
                file=file,
                published=_published(raw.get("published"), file),
                text=text,
                claims=_resolve(raw.get("claims"), text, file, "claims"),
                non_claims=_resolve(raw.get("non_claims"), text, file, "non_claims"),
            )
        )
    return docs
