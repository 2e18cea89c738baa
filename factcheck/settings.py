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
An unknown key or a bad value is an error naming the file, the line where the
key is written (found by searching the file's text: tomllib keeps no positions)
and the key as the user spelled it (exit 2); so is a file that is not UTF-8 or
not TOML.
"""

from __future__ import annotations

import re
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
            table = _pyproject_table(_read(pyproject), pyproject)
            if table is not None:
                return pyproject, table
    return None


def _pyproject_table(data: dict, path: Path) -> Optional[dict]:
    """pyproject.toml's [tool.factcheck] table, None when there is none."""
    tool = data.get("tool")
    if not isinstance(tool, dict) or "factcheck" not in tool:
        return None
    table = tool["factcheck"]
    if not isinstance(table, dict):
        raise UsageError("'tool.factcheck' must be a table ([tool.factcheck])", path=str(path),
                         line=_line_of(path, ("tool", "factcheck"), prefixed=False))
    return table


def _read(path: Path) -> dict:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UsageError(f"cannot read: {error.strerror}", path=str(path)) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise UsageError(f"not UTF-8 text (byte 0x{data[error.start]:02x}); TOML files must be UTF-8",
                         path=str(path), line=line) from None
    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        # tomllib's message ends with "(at line L, column C)": move the place to the front, like other errors.
        message = str(error)
        place = re.search(r"\s*\(at line (\d+), column (\d+)\)$", message)
        if place:
            raise UsageError(f"invalid TOML: {message[:place.start()]}", path=str(path), line=int(place[1]),
                             column=int(place[2])) from None
        raise UsageError(f"invalid TOML: {message}", path=str(path)) from None
    if path.name == CONFIG_FILE and isinstance(table.get("tool"), dict) and "factcheck" in table["tool"]:
        inner = table["tool"]["factcheck"]
        if not isinstance(inner, dict):
            raise UsageError("'tool.factcheck' must be a table ([tool.factcheck])", path=str(path),
                             line=_line_of(path, ("tool", "factcheck"), prefixed=False))
        return inner
    return table


def load_config(path: Optional[str] = None, start: Optional[Path] = None) -> tuple[AuditConfig, Optional[Path]]:
    """The configuration from --config, or the nearest file, or the defaults."""
    if path is not None:
        file = Path(path)
        if not file.is_file():
            raise UsageError("configuration file not found", path=path)
        table = _read(file)
        if file.name == "pyproject.toml":
            table = _pyproject_table(table, file) or {}
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
    severity = table.get("severity")
    if severity is not None and not isinstance(severity, dict):
        raise _error(file, ("severity",), f"'severity' in {where} must be a table of rule = level "
                     f"([severity] then shares-total = \"error\"), not {severity!r}")
    unknown_rules = sorted(set(severity or {}) - set(BY_ID))
    if unknown_rules:
        raise _error(file, ("severity", unknown_rules[0]),
                     f"unknown rule {unknown_rules[0]!r} in {where} severity (known: {', '.join(sorted(BY_ID))})")
    normalised = _normalise_keys(table)
    if "claims" in normalised:
        normalised["claims_dir"] = normalised.pop("claims")
    try:
        return AuditConfig.model_validate(normalised)
    except ValidationError as error:
        problem = error.errors()[0]
        written = _as_written(table, problem["loc"])
        key = ".".join(written).replace(".[", "[")
        if problem["type"] == "extra_forbidden":
            message = f"unknown key {key!r} in {where}"
        else:
            message = f"bad value for {key!r} in {where}: {problem['msg']} (got {problem.get('input')!r})"
        raise _error(file, tuple(part for part in written if not part.startswith("[")), message) from None


def _as_written(table: Any, loc: tuple) -> list[str]:
    """A validation error's location as the user spelled the keys ("fail-on", "claims"), not the model's names.

    A list index becomes "[i]" ("include", "[1]").
    """
    written: list[str] = []
    current = table
    for part in loc:
        if isinstance(part, int):
            written.append(f"[{part}]")
            current = current[part] if isinstance(current, list) and part < len(current) else None
            continue
        part = str(part)
        spelled = part.replace("_", "-")
        if isinstance(current, dict):
            if not written and part == "claims_dir" and "claims" in current:
                spelled = "claims"
            else:
                spelled = next((k for k in current if str(k).replace("-", "_") == part or k == part), spelled)
            current = current.get(spelled)
        else:
            current = None
        written.append(str(spelled))
    return written


def _error(file: Path, key: tuple[str, ...], message: str) -> UsageError:
    return UsageError(message, path=str(file), line=_line_of(file, key))


_HEADER = re.compile(r"^\s*\[\s*([^\[\]]+?)\s*\]\s*(?:#.*)?$")
_ASSIGNMENT = re.compile(r"^\s*((?:[A-Za-z0-9_-]+|\"[^\"]*\"|'[^']*')(?:\s*\.\s*(?:[A-Za-z0-9_-]+|\"[^\"]*\"|'[^']*'))*)\s*=")


def _dotted(key: str) -> tuple[str, ...]:
    return tuple(part.strip().strip("\"'") for part in re.findall(r"\"[^\"]*\"|'[^']*'|[^.]+", key))


def _line_of(file: Path, key: tuple[str, ...], *, prefixed: bool = True) -> Optional[int]:
    """The line where ``key`` (a path in the factcheck table) is written, or where its nearest parent is.

    ``prefixed=False``: ``key`` is a path from the top of the file.
    """
    try:
        lines = file.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError):
        return None
    prefixes: list[tuple[str, ...]] = [("tool", "factcheck")] if prefixed else [()]
    if prefixed and file.name != "pyproject.toml":
        prefixes.insert(0, ())
    for length in range(len(key), 0, -1):
        wanted = {prefix + key[:length] for prefix in prefixes}
        table: tuple[str, ...] = ()
        for number, line in enumerate(lines, start=1):
            header = _HEADER.match(line)
            if header:
                table = _dotted(header[1])
                if table in wanted:
                    return number
                continue
            assignment = _ASSIGNMENT.match(line)
            if assignment and table + _dotted(assignment[1]) in wanted:
                return number
    return None


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
