"""How every report format writes the numbers behind a finding."""

from __future__ import annotations

from typing import Any


def figure(value: Any) -> str:
    """A finding's number as an editor reads it: whole numbers with thousands separators and no ".0", others to
    six significant digits (two decimals from a thousand up); text as it is."""
    if isinstance(value, float):
        if value == int(value) and abs(value) < 1e15:
            return f"{int(value):,}"
        return f"{value:,.6g}" if abs(value) < 1000 else f"{value:,.2f}"
    return str(value)


def numbers_line(numbers: dict[str, Any]) -> str:
    """"whole = 236, sum_of_parts = 242": the numbers that are set, in the check's order."""
    return ", ".join(f"{key} = {figure(value)}" for key, value in numbers.items() if value is not None)
