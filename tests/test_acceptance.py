"""The acceptance file for the real corpus: ../shared/acceptance/score.py must exit 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import shared_path

pytestmark = pytest.mark.shared


def test_acceptance_score_passes():
    score = shared_path("acceptance", "score.py")
    expectations = shared_path("acceptance", "corpus.yaml")
    corpus = shared_path("corpus")
    env = dict(os.environ)
    # score.py runs `factcheck` from PATH, in an empty directory: put this interpreter's scripts first.
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    result = subprocess.run([sys.executable, str(score), str(expectations), str(corpus)], capture_output=True,
                            text=True, env=env, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4/4 expected found" in result.stdout or "expected found" in result.stdout
