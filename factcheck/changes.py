"""Which documents a change touches: `--since REF` (git) or `--changed FILE...`.

The audit still reads the whole corpus, since a new claim can contradict an old
document; only findings that involve a touched document are reported.
"""

from __future__ import annotations

import os
import subprocess
from typing import Iterable

from .errors import UsageError
from .models import Finding


def changed_since(ref: str, cwd: str = ".") -> set[str]:
    """Absolute paths of files changed between REF and the working tree (committed, staged or not)."""
    try:
        top = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=cwd, capture_output=True, text=True,
                             check=True).stdout.strip()
        diff = subprocess.run(["git", "diff", "--name-only", ref, "--"], cwd=cwd, capture_output=True, text=True)
    except FileNotFoundError:
        raise UsageError("--since needs git, which is not installed") from None
    except subprocess.CalledProcessError:
        raise UsageError("--since needs a git repository (none around the current directory)") from None
    if diff.returncode != 0:
        raise UsageError(f"--since {ref}: {diff.stderr.strip() or 'git diff failed'}")
    untracked = subprocess.run(["git", "ls-files", "--others", "--exclude-standard"], cwd=cwd, capture_output=True,
                               text=True).stdout
    names = [line for line in (diff.stdout + untracked).splitlines() if line.strip()]
    return {os.path.realpath(os.path.join(top, name)) for name in names}


def normalise(paths: Iterable[str]) -> set[str]:
    return {os.path.realpath(p) for p in paths}


def touching(findings: list[Finding], changed: set[str]) -> list[Finding]:
    """Findings with at least one claim from a changed file."""
    return [f for f in findings if any(os.path.realpath(c.source) in changed for c in f.claims)]
