"""Project configuration: `[tool.factcheck]` in pyproject.toml, or a factcheck.toml.

    [tool.factcheck]
    include = ["**/*.md"]
    exclude = ["drafts/*"]
    claims = "claims"
    fail-on = "error"

    [tool.factcheck.severity]
    shares-total = "error"
    change-over-time = "off"

    [tool.factcheck.tolerances]
    rounding = 0.01
    percent-points = 0.5

The file is looked for in the current directory and its parents (factcheck.toml
first, then pyproject.toml with a [tool.factcheck] table), or named with --config.
An unknown key or a bad value is an error naming the file and the key (exit 2).
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, Optional

from pydantic import ValidationError

from .config import AuditConfig
from .errors import UsageError

CONFIG_FILE = "factcheck.toml"


def find_config(start: Optional[Path] = None) -> Optional[tuple[Path, dict]]:
    """(file, the factcheck table) of the nearest configuration, or None."""
    directory = (start or Path.cwd()).resolve()
    for folder in [directory, *directory.parents]:
        candidate = folder / CONFIG_FILE
        if candidate.is_file():
            return candidate, _read(candidate)
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            table = _read(pyproject).get("tool", {}).get("factcheck")
            if table is not None:
                return pyproject, table
    return None


def _read(path: Path) -> dict:
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        # tomllib's message already ends with "(at line L, column C)".
        raise UsageError(f"invalid TOML: {error}", path=str(path)) from None
    except OSError as error:
        raise UsageError(f"cannot read: {error.strerror}", path=str(path)) from None
    if path.name == CONFIG_FILE and "tool" in data and "factcheck" in data["tool"]:
        return data["tool"]["factcheck"]
    return data


def load_config(path: Optional[str] = None, start: Optional[Path] = None) -> tuple[AuditConfig, Optional[Path]]:
    """The configuration from --config, or the nearest file, or the defaults."""
    if path is not None:
        file = Path(path)
        if not file.is_file():
            raise UsageError("configuration file not found", path=path)
        table = _read(file)
        if file.name == "pyproject.toml":
            table = table.get("tool", {}).get("factcheck", {})
        found: Optional[tuple[Path, dict]] = (file, table)
    else:
        found = find_config(start)
    if found is None:
        return AuditConfig(), None
    file, table = found
    return config_from_table(table, file), file


def config_from_table(table: dict[str, Any], file: Path) -> AuditConfig:
    from .checks import BY_ID

    where = "[tool.factcheck]" if file.name == "pyproject.toml" else str(file.name)
    normalised = _normalise_keys(table)
    unknown_rules = sorted(set(normalised.get("severity", {}) or {}) - set(BY_ID))
    if unknown_rules:
        raise UsageError(
            f"unknown rule {unknown_rules[0]!r} in {where} severity (known: {', '.join(sorted(BY_ID))})",
            path=str(file),
        )
    if "claims" in normalised:
        normalised["claims_dir"] = normalised.pop("claims")
    try:
        return AuditConfig.model_validate(normalised)
    except ValidationError as error:
        problem = error.errors()[0]
        key = ".".join(str(part).replace("_", "-") for part in problem["loc"])
        if problem["type"] == "extra_forbidden":
            message = f"unknown key {key!r} in {where}"
        else:
            message = f"bad value for {key!r} in {where}: {problem['msg']} (got {problem.get('input')!r})"
        raise UsageError(message, path=str(file)) from None


def _normalise_keys(value: Any) -> Any:
    """TOML spells keys with hyphens ("fail-on"); the model with underscores. Rule ids keep theirs."""
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if key == "severity" and isinstance(item, dict):
                out["severity"] = item
            else:
                out[str(key).replace("-", "_")] = _normalise_keys(item)
        return out
    return value
