"""Shared by the claim-list tests (tests/test_claimlists*.py): a small project of two invented documents."""

from __future__ import annotations

import shutil
from pathlib import Path

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
