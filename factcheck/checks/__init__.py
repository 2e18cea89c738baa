"""Stage 4 of the pipeline: the checks, registered here in one place.

Each check is one module with an id, a default severity, a docstring in fixed
sections (Flags, Why it matters, Example) and a table of examples that must flag
and must not flag. To add a check, write the module and add its class to CHECKS.
"""

from __future__ import annotations

from .base import Check, Example
from .change_over_time import ChangeOverTime
from .currency_mismatch import CurrencyMismatch
from .event_date import EventDate
from .parts_whole import PartsWhole
from .percent_change import PercentChange
from .rank_conflict import RankConflict
from .rate_period import RatePeriod
from .relative_time import RelativeTime
from .shares_total import SharesTotal
from .table_total import TableTotal
from .value_conflict import ValueConflict

CHECKS: list[Check] = [
    ValueConflict(),
    CurrencyMismatch(),
    RankConflict(),
    EventDate(),
    RelativeTime(),
    PercentChange(),
    PartsWhole(),
    SharesTotal(),
    TableTotal(),
    RatePeriod(),
    ChangeOverTime(),
]

BY_ID: dict[str, Check] = {check.id: check for check in CHECKS}

__all__ = ["CHECKS", "BY_ID", "Check", "Example"]
