"""Shared fixtures. Tests that read ../shared are marked `shared` and skip, with the reason, when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or a visible skip when this clone has none (a stranger's clone)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not found: ../shared (real corpus, acceptance, benchmarks) exists only in CI and the team's checkouts")
    return path
