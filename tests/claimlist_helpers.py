"""Shared by the claim-list tests (tests/test_claimlists*.py): a small project of two invented documents."""

from __future__ import annotations

import shutil
from pathlib import Path

from ruamel.yaml import YAML

from factcheck.claimlists import sync_documents
from factcheck.claimlists.review import save_record
from factcheck.read import read_paths

SOURCES = Path(__file__).parent / "fixtures" / "claimlists" / "sources"
MINISTRY = "sources/01-ministry.md"
PRESS = "sources/02-press.md"
MINISTRY_LIST = Path("claims/sources/01-ministry.md.yaml")
PRESS_LIST = Path("claims/sources/02-press.md.yaml")


def make_project(tmp_path: Path, monkeypatch) -> Path:
    """<tmp>/project holding sources/01-ministry.md and sources/02-press.md, made the working directory."""
    root = tmp_path / "project"
    (root / "sources").mkdir(parents=True)
    for name in ("01-ministry.md", "02-press.md"):
        shutil.copy(SOURCES / name, root / "sources" / name)
    monkeypatch.chdir(root)
    return root


def sync(*paths: str, into: str = "claims"):
    """claims sync of the paths (default: sources) into `into`."""
    return sync_documents(read_paths(list(paths) or ["sources"]), into)


def load(path: Path):
    return YAML().load(path.read_text(encoding="utf-8"))


def record(path: Path, text: str) -> dict:
    """The one record of the list at path whose span is text."""
    found = [r for r in load(path)["claims"] if r["text"] == text]
    assert len(found) == 1, f"{text!r} in {path}: {found}"
    return found[0]


def decide(list_path: Path, text: str, into: str = "claims", **changes) -> str:
    """A reviewer's decision on the record whose span is text; its claim id."""
    claim_id = record(list_path, text)["id"]
    assert save_record(Path(into), list_path, claim_id, changes)
    return claim_id
