"""The typed records passed between pipeline stages.

read  -> Document
extract -> Claim
align -> Alignment groups (see factcheck.align)
checks -> Finding
report -> text / JSON / Markdown / ...

Every stage consumes and produces these pydantic models, so each stage can be
tested alone and the JSON schema of the public records comes from one place.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, field_validator

Kind = Literal["count", "percent", "money", "quantity", "date", "duration", "rank", "rate"]
KINDS: tuple[str, ...] = Kind.__args__  # type: ignore[attr-defined]

Qualifier = Literal[
    "exact",
    "approximate",
    "estimate",
    "at least",
    "more than",
    "at most",
    "less than",
    "up to",
    "range",
]
QUALIFIERS: tuple[str, ...] = Qualifier.__args__  # type: ignore[attr-defined]

Change = Literal["up", "down"]

# A number, or an ISO 8601 date string at its own precision ("2010", "2010-04", "2011-01-06").
Value = Union[float, str]


class Page(BaseModel):
    """Where one PDF page's text starts in the document text."""

    number: int
    start: int


class Document(BaseModel):
    """One source document, as text, with the metadata that dates its claims."""

    model_config = ConfigDict(frozen=True)

    source: str = Field(description="Path as given or found while walking; '-' for standard input.")
    text: str = Field(description="The document's visible text; claim offsets index into it.")
    format: Literal["text", "markdown", "html", "pdf"] = "text"
    title: Optional[str] = None
    publisher: Optional[str] = None
    published: Optional[dt.date] = Field(
        default=None, description="Publication date: relative phrases ('to date', 'last year') resolve against it."
    )
    published_estimated: bool = False
    url: Optional[str] = None
    encoding: Optional[str] = None
    pages: list[Page] = Field(default_factory=list, description="PDF only: page starts, in order.")

    def page_at(self, offset: int) -> Optional[int]:
        page = None
        for p in self.pages:
            if p.start <= offset:
                page = p.number
            else:
                break
        return page


class TableCell(BaseModel):
    """Where in a table a figure stands: tables, data rows and columns are numbered from 1 in reading order
    (the header row and rule rows are not data rows; the label column is column 1)."""

    model_config = ConfigDict(extra="forbid")

    table: int
    row: int
    column: int
    row_label: Optional[str] = Field(default=None, description="The row's first cell ('Kenya', 'Total').")
    column_label: Optional[str] = Field(default=None, description="The column's header ('Budget (US$ million)').")


class Claim(BaseModel):
    """One numeric statement in a document, typed and normalised."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(
        description="Stable within the document: derived from the span, its sentence and its occurrence, "
        "not from its position, so inserting lines or moving the file keeps it."
    )
    source: str
    line: int = Field(description="1-based line of the span's first character.")
    column: int = Field(description="1-based column of the span's first character.")
    start: int = Field(description="Character offset of the span in the document text.")
    end: int = Field(description="Offset one past the span's last character.")
    page: Optional[int] = Field(default=None, description="PDF page number, 1-based.")
    text: str = Field(description="The exact span quoted from the document, hedge words included.")
    sentence: str = Field(description="The sentence around the span, whitespace collapsed.")
    kind: Kind
    value: Optional[Value] = Field(
        description="Normalised value: a number (2.4 million is 2400000, 80% is 80), an ISO date at its own "
        "precision, a rank position; for a numeric range its midpoint, for a date range null (the ends are lower "
        "and upper)."
    )
    unit: Optional[str] = Field(
        default=None, description="A pint unit name, an ISO 4217 code for money, 'percent', 'fold' for a multiplier, "
        "'magnitude' for an earthquake's, or null for a bare count."
    )
    currency_assumed: bool = Field(
        default=False, description="True when a bare '$' left the currency unsettled and 'unit' is a guess."
    )
    lower: Optional[Value] = Field(default=None, description="Smallest value the wording allows; null: unbounded.")
    upper: Optional[Value] = Field(default=None, description="Largest value the wording allows; null: unbounded.")
    lower_inclusive: bool = True
    upper_inclusive: bool = True
    qualifier: Qualifier = "exact"
    change: Optional[Change] = Field(default=None, description="Set when the number states a change ('cut by 90%').")
    subject: Optional[str] = Field(default=None, description="What is counted or measured, as a noun phrase.")
    subject_head: Optional[str] = Field(default=None, description="Singular head noun of the subject.")
    place: Optional[str] = None
    period: Optional[str] = Field(
        default=None, description="The time the number is about: ISO year, month, date or interval 'A/B'."
    )
    per: Optional[str] = Field(default=None, description="For rates: the time unit ('year', 'day').")
    entity: Optional[str] = Field(default=None, description="The named campaign, law or organisation concerned.")
    event: Optional[str] = Field(default=None, description="For dates: what happened (launch, adoption, passage).")
    scope: Optional[str] = Field(
        default=None, description="For ranks: the ranking's domain ('lucrative', 'largest', 'in the world')."
    )
    part: Optional[str] = Field(
        default=None, description="Which part of the subject a share or a subset is ('woman' in '80% of victims "
        "were women'; 'exploitation' in '..., of whom 4.8 million were in sexual exploitation'; 'part' when a "
        "subset does not say), or whose it is ('labour' in 'Labour won 15 seats'; a table row's label)."
    )
    cell: Optional[TableCell] = Field(default=None, description="For a figure in a table's cell: where it stands.")
    published: Optional[dt.date] = Field(default=None, description="The document's publication date.")


Severity = Literal["error", "warning", "info"]
SEVERITY_ORDER = {"info": 0, "warning": 1, "error": 2}


class Evidence(BaseModel):
    """One claim a finding rests on, with its document's date, as a report shows it."""

    id: str
    source: str
    line: int
    column: int
    page: Optional[int] = None
    start: int
    end: int
    text: str = Field(description="The exact span quoted from the document.")
    sentence: str
    kind: Kind
    value: Optional[Value] = None
    unit: Optional[str] = None
    lower: Optional[Value] = None
    upper: Optional[Value] = None
    qualifier: Qualifier = "exact"
    published: Optional[dt.date] = None
    cell: Optional[TableCell] = Field(default=None, description="For a figure in a table: where it stands.")
    role: str = Field(default="claim", description="What the claim is in the verdict: 'dissent', 'majority', 'whole', 'part'...")

    def cell_label(self) -> Optional[str]:
        """'table 1, row “Kenya”, column “2022”' for a figure in a table's cell, whose row alone is its sentence."""
        if self.cell is None:
            return None
        parts = [f"table {self.cell.table}"]
        if self.cell.row_label:
            parts.append(f"row “{self.cell.row_label}”")
        if self.cell.column_label:
            parts.append(f"column “{self.cell.column_label}”")
        return ", ".join(parts)

    @classmethod
    def of(cls, claim: Claim, role: str = "claim") -> "Evidence":
        return cls(
            id=claim.id, source=claim.source, line=claim.line, column=claim.column, page=claim.page,
            start=claim.start, end=claim.end, text=claim.text, sentence=claim.sentence, kind=claim.kind,
            value=claim.value, unit=claim.unit, lower=claim.lower, upper=claim.upper, qualifier=claim.qualifier,
            published=claim.published, cell=claim.cell, role=role,
        )


class Suppression(BaseModel):
    """Why a finding is waived: a reviewer ignored it in a claim list, or a baseline already holds it."""

    kind: Literal["claim-list", "baseline"]
    justification: str = ""
    location: Optional[str] = Field(default=None, description="The claim list or baseline file that waives it.")


class Finding(BaseModel):
    """One verdict of one check: the claims it rests on and the numbers behind it."""

    rule: str = Field(description="The check's stable id, e.g. 'value-conflict'.")
    severity: Severity
    message: str = Field(description="One or two sentences an editor understands at once.")
    claims: list[Evidence]
    numbers: dict[str, Union[float, str, None]] = Field(
        default_factory=dict, description="The figures behind the verdict, e.g. {'computed_change_percent': 92.5}. "
        "An open end of an interval ('more than 25,000') is null: JSON has no infinity."
    )
    fingerprint: str = Field(
        default="", description="Stable across line moves: rule + the claims' ids. Used by baselines and SARIF."
    )
    suppression: Optional[Suppression] = Field(
        default=None, description="Set when the finding is waived; waived findings never fail a run."
    )

    @field_validator("numbers")
    @classmethod
    def _without_float_noise(cls, numbers: dict[str, Union[float, str, None]]) -> dict[str, Union[float, str, None]]:
        # Tolerances computed in binary floating point ("40.199999999800006") read as precision the figures do not
        # have, and would change a report's bytes between machines: ten significant digits say all a figure can
        # (and whole units, for the largest). An open bound ("more than 25,000") has no figure: None, which every
        # format can write, where infinity is no JSON and no number a report can round.
        return {key: None if isinstance(value, float) and not math.isfinite(value)
                else (float(f"{value:.10g}") if abs(value) < 1e10 else float(round(value)))
                if isinstance(value, float) else value for key, value in numbers.items()}
