"""table-total: a table's total row or column does not equal the cells it totals.

Flags:
    In a table, a row labelled "Total" (or "All", "Overall", "Grand total") whose figure
    in a column differs from the sum of that column's figures in the rows it totals (the
    rows above it, back to the previous total; or every other row, when the total comes
    first); and a column headed "Total" whose figure in a row differs from the sum of
    that row's other figures of the same kind and unit. Counts, amounts of money and
    quantities only, and only where every row or column totalled holds a figure. A
    column of averages, rates, prices, shares or changes is not added up, nor are rows
    labelled "of which" or "including", which are inside another row. Rounding is
    allowed: "4.2" in a column in millions may be 4.15 to 4.25 million.
Why it matters:
    A total that its own rows contradict means a row was dropped, mistyped or added
    after the total was computed, and every share worked out from that total is wrong.
Example:
    "| North | 1,200 |", "| South | 950 |", "| Total | 2,250 |": the rows add up to 2,150.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Optional

import regex

from ..align import Alignment
from ..align.keys import rounding_halfwidth
from ..config import AuditConfig
from ..extract.tables import is_total_label
from ..models import Claim, Finding
from .base import Check, Example, fmt, name, quote

_ADDABLE_KINDS = ("count", "money", "quantity")
_SUBSET_LABEL = regex.compile(r"\W*(?:of\s+which|of\s+whom|o/w|incl(?:uding|\.)?|thereof|sub-?total)\b",
                              regex.IGNORECASE)
# Columns whose figures do not add up across rows.
_NOT_ADDABLE_COLUMN = regex.compile(
    r"\b(?:average|mean|median|rate|ratio|index|per|price|cost\s+per|share|change|growth|density|capita|"
    r"score|age|rank|year|%)\b|%", regex.IGNORECASE)


def _is_subset(label: Optional[str]) -> bool:
    return label is not None and _SUBSET_LABEL.match(label) is not None


def _addable(claim: Claim) -> bool:
    return claim.kind in _ADDABLE_KINDS and isinstance(claim.value, float) and claim.qualifier == "exact" \
        and claim.change is None


class TableTotal(Check):
    id = "table-total"
    severity = "error"
    examples = [
        Example("a total row that its rows contradict", {
            "a.md": "---\npublished: 2023-05-01\n---\n| Region | Homes |\n|---|---|\n| North | 1,200 |\n"
                    "| South | 950 |\n| Total | 2,250 |\n",
        }, True, ("2,250", "1,200", "950")),
        Example("a total row that its rows make", {
            "a.md": "---\npublished: 2023-05-01\n---\n| Region | Homes |\n|---|---|\n| North | 1,200 |\n"
                    "| South | 950 |\n| Total | 2,150 |\n",
        }, False),
        Example("a total column that a row contradicts", {
            "a.md": "---\npublished: 2023-05-01\n---\n| Region | Men | Women | Total |\n|---|---|---|---|\n"
                    "| North | 410 | 380 | 790 |\n| South | 300 | 350 | 620 |\n",
        }, True, ("620", "300", "350")),
        Example("cells in millions, rounded each on its own", {
            "a.md": "---\npublished: 2023-05-01\n---\n| Programme | Budget (US$ million) |\n|---|---|\n"
                    "| Roads | 4.24 |\n| Parks | 1.13 |\n| Libraries | 0.64 |\n| Total | 6.0 |\n",
        }, False),
        Example("an 'of which' row is inside the row above it", {
            "a.md": "---\npublished: 2023-05-01\n---\n| Type | Homes |\n|---|---|\n| Houses | 2,480 |\n"
                    "| of which affordable | 590 |\n| Flats | 300 |\n| Total | 2,780 |\n",
        }, False),
        Example("a column of averages has a total row that is no sum", {
            "a.md": "---\npublished: 2023-05-01\n---\n| Region | Average class size |\n|---|---|\n"
                    "| North | 24 |\n| South | 28 |\n| All | 26 |\n",
        }, False),
        Example("a row with no figure leaves the column unchecked", {
            "a.md": "---\npublished: 2023-05-01\n---\n| Region | Homes |\n|---|---|\n| North | 1,200 |\n"
                    "| South | n/a |\n| Total | 2,250 |\n",
        }, False),
    ]

    def run(self, aligned: Alignment, config: AuditConfig) -> Iterable[Finding]:
        tables: dict[tuple[str, int], list[Claim]] = defaultdict(list)
        for claim in aligned.claims:
            if claim.cell is not None:
                tables[(claim.source, claim.cell.table)].append(claim)
        for cells in tables.values():
            yield from self._total_rows(cells, config)
            yield from self._total_columns(cells, config)

    def _total_rows(self, cells: list[Claim], config: AuditConfig) -> Iterable[Finding]:
        labels = {c.cell.row: c.cell.row_label for c in cells}
        rows = sorted(labels)
        columns: dict[int, dict[int, list[Claim]]] = defaultdict(lambda: defaultdict(list))
        for c in cells:
            columns[c.cell.column][c.cell.row].append(c)
        totals = [r for r in rows if is_total_label(labels[r])]
        for at, total_row in enumerate(totals):
            if total_row == rows[0] and len(totals) == 1:
                totalled = rows[1:]  # "| Total | ... |" first, the rows it totals after it
            else:
                previous = totals[at - 1] if at else 0
                totalled = [r for r in rows if previous < r < total_row]
            totalled = [r for r in totalled if not _is_subset(labels[r])]
            if len(totalled) < 2:
                continue
            for column, by_row in columns.items():
                whole = _one(by_row.get(total_row))
                if whole is None or not _addable(whole) or _NOT_ADDABLE_COLUMN.search(whole.cell.column_label or ""):
                    continue
                parts = [_one(by_row.get(r)) for r in totalled]
                yield from self._compare(whole, parts, "rows", config)

    def _total_columns(self, cells: list[Claim], config: AuditConfig) -> Iterable[Finding]:
        by_row: dict[int, list[Claim]] = defaultdict(list)
        for c in cells:
            by_row[c.cell.row].append(c)
        for row in by_row.values():
            wholes = [c for c in row if is_total_label(c.cell.column_label)]
            if len(wholes) != 1 or not _addable(wholes[0]) or is_total_label(wholes[0].cell.row_label):
                continue  # (a total row's own total column is checked as a row too, by _total_rows)
            whole = wholes[0]
            parts = [c for c in row if c is not whole and c.cell.column < whole.cell.column and c.kind != "date"
                     and not _NOT_ADDABLE_COLUMN.search(c.cell.column_label or "")
                     and not _is_subset(c.cell.column_label)]
            yield from self._compare(whole, parts, "columns", config)

    def _compare(self, whole: Claim, parts: list[Optional[Claim]], along: str,
                 config: AuditConfig) -> Iterable[Finding]:
        if len(parts) < 2 or any(p is None or not _addable(p) or p.kind != whole.kind or p.unit != whole.unit
                                 for p in parts):
            return
        total = sum(p.value for p in parts)
        slack = sum(rounding_halfwidth(p, 0.0) for p in parts) + rounding_halfwidth(whole, 0.0) \
            + abs(whole.value) * config.tolerances.parts_total
        if abs(total - whole.value) <= slack * (1 + 1e-9):
            return
        listing = " + ".join(fmt(p.value) for p in parts)
        where = f"table {whole.cell.table}"
        heading = f"the {whole.cell.column_label!r} column" if along == "rows" and whole.cell.column_label \
            else f"the {whole.cell.row_label!r} row" if whole.cell.row_label else "its row"
        stated = quote(whole) if fmt(whole.value) == whole.text else f"{quote(whole)} ({fmt(whole.value)})"
        message = (f"{name(whole)} line {whole.line}: in {where}, {heading} totals {stated}, but its "
                   f"{along} add up to {fmt(total)} ({listing}).")
        yield self.finding(message, [(whole, "total")] + [(p, "part") for p in parts],
                           {"total": whole.value, "sum_of_parts": total, "difference": total - whole.value})


def _one(claims: Optional[list[Claim]]) -> Optional[Claim]:
    """The figure of a cell, when the cell holds one and only one."""
    return claims[0] if claims and len(claims) == 1 else None
