"""Audit settings: tolerances for rounding and hedges, and per-rule severities.

Every tolerance a check uses is here, with its default and its meaning, so that a
team can see and change what "agrees" means (`[tool.factcheck]` in pyproject.toml
or factcheck.toml, see factcheck.settings).
"""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field


class Tolerances(BaseModel):
    model_config = ConfigDict(extra="forbid")

    rounding: float = Field(
        0.005, ge=0, le=0.5,
        description="Relative slack for exact numbers (0.5%): '60,000' agrees with 60,250; never more than half "
        "the last digit that is not zero ('18,420' is 18,415-18,425, a count ending '1' to '9' exact). Numbers with a scale word "
        "also get half their last written digit ('2.4 million' is 2.35-2.45 million, '28 million' 27.5-28.5 million).",
    )
    percent_points: float = Field(
        1.0, ge=0, description="Percentage points of slack when a stated change is checked against its figures."
    )
    shares_total: float = Field(
        1.0, ge=0, description="Percentage points past 100 that shares of one whole may add up to (rounding), "
        "and short of 100 where the last share is 'the remaining' or 'the rest'."
    )
    parts_total: float = Field(0.0, ge=0, description="Relative slack when parts are added up against their whole.")
    multiplier: float = Field(
        0.1, ge=0, description="Relative slack when a stated multiplier ('doubled', 'threefold') is checked against "
        "its figures: 'doubled' allows 1.8x to 2.2x."
    )
    relative_time_years: float = Field(
        0.5, ge=0, description="Years of slack when 'after N years' is resolved against the document's date."
    )


Level = Literal["error", "warning", "info", "off"]


class AuditConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    tolerances: Tolerances = Field(default_factory=Tolerances)
    severity: dict[str, Level] = Field(default_factory=dict, description="Rule id -> severity override, or 'off'.")
    fail_on: Literal["error", "warning", "never"] = "error"
    include: Optional[list[str]] = None
    exclude: Optional[list[str]] = None
    claims_dir: Optional[str] = None
