"""Extraction benchmark: ``factcheck.extract`` against quantulum3 on peer tools' own test suites.

The suites are the JSONL files described in ``../shared/benchmarks/README.md``:
quantulum3's, Microsoft Recognizers-Text's and CQE's NewsQuant test data, rewritten
into one format (``{"id", "text", "expected": [item, ...], ...}``). They are read in
place and never copied into the project.

Three things are measured for every suite and tool:

values
    The README's peer scoring, reproduced exactly. A case is *scored* when it has at
    least one expected item with a numeric ``value``, a ``range`` or an ``interval``
    with a finite bound. It *passes* when every such number is among the numbers the
    tool reports (relative tolerance 1e-9); a range passes on both ends or on its
    midpoint, an interval on every finite bound. Units and spans are not compared.
hedges
    Stricter: the case passes on values *and* each item's hedge or bound annotation
    is matched by one reading of the tool (NewsQuant ``change``: ``=`` ``~`` ``>``
    ``<`` ``up`` ``down``; Recognizers number ranges: ``interval`` bounds and their
    inclusivity). Suites without such annotations score the same as on values.
    See ``hedge_ok`` for the exact rules.
chars/s
    Characters of the suite's texts divided by the time the tool took to process all
    of them, after a warm-up. Import/load time is reported separately.

Both tools' outputs are first reduced to ``Reading`` records (a value, bounds, a
qualifier, a change) so one scorer judges both. quantulum3 has no notion of hedges:
each Quantity is read as an exact number, or as a closed range ``[v - u, v + u]``
when it has an uncertainty ``u``. It runs without its optional unit classifier, as
in the published run.

Usage (from the project root)::

    python -m bench.extraction                        # all suites, both tools
    python -m bench.extraction --suites cqe_newsquant recognizers_numberrange
    python -m bench.extraction --failures cqe_newsquant   # what factcheck gets wrong
    python -m bench.extraction --markdown --json bench/.out/extraction.json
"""

from __future__ import annotations

import argparse
import inspect
import json
import math
import re
import sys
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Literal, Optional

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_BENCHMARKS = ROOT.parent / "shared" / "benchmarks"

# The suites of the README's table, in its order; each is ``<suite>.jsonl``.
SUITES: tuple[str, ...] = (
    "quantulum3_quantities",
    "quantulum3_ambiguity",
    "cqe_newsquant",
    "recognizers_number",
    "recognizers_percent",
    "recognizers_ordinal",
    "recognizers_numberrange",
    "recognizers_currency",
    "recognizers_dimension",
    "recognizers_age",
    "recognizers_temperature",
)
QUANTULUM3_OWN = ("quantulum3_quantities", "quantulum3_ambiguity")

# The README's published quantulum3 column (values %, quantulum3 0.10.0 without its
# classifier), used to check that this harness scores the same way.
PUBLISHED_QUANTULUM3: dict[str, float] = {
    "cqe_newsquant": 77.3,
    "quantulum3_ambiguity": 100.0,
    "quantulum3_quantities": 100.0,
    "recognizers_age": 100.0,
    "recognizers_currency": 82.6,
    "recognizers_dimension": 91.1,
    "recognizers_number": 53.0,
    "recognizers_numberrange": 94.9,
    "recognizers_ordinal": 8.7,
    "recognizers_percent": 100.0,
    "recognizers_temperature": 96.9,
}

# Targets for factcheck (values %), besides ">= quantulum3" on every suite that is
# not quantulum3's own, and the speed ratio on all suites together.
VALUE_FLOORS: dict[str, float] = {
    "quantulum3_quantities": 90.0,
    "quantulum3_ambiguity": 90.0,
    "cqe_newsquant": 88.4,  # CQE's published score, the best peer there
}
SPEED_RATIO = 20.0

REL_TOL = 1e-9

APPROXIMATE = frozenset({"approximate", "estimate"})
LOWER_BOUND = frozenset({"at least", "more than"})
UPPER_BOUND = frozenset({"at most", "less than", "up to"})


# --------------------------------------------------------------------------- readings


@dataclass(frozen=True)
class Reading:
    """One number a tool reported, reduced to what the scorer compares.

    ``lower``/``upper`` are the bounds the wording allows (None = unbounded), as in
    ``factcheck.models.Claim``; ``label`` says what the tool returned, for --failures.
    """

    value: Optional[float]
    lower: Optional[float] = None
    upper: Optional[float] = None
    lower_inclusive: bool = True
    upper_inclusive: bool = True
    qualifier: str = "exact"
    change: Optional[str] = None
    label: str = ""

    @property
    def numbers(self) -> tuple[float, ...]:
        """The numbers this reading reports: its value and its finite bounds."""
        return tuple(x for x in (self.value, self.lower, self.upper) if x is not None)

    def describe(self) -> str:
        parts = [self.label] if self.label else []
        if self.value is not None:
            parts.append(f"value={fmt(self.value)}")
        if self.lower is not None or self.upper is not None:
            parts.append(fmt_interval(self.lower, self.upper, self.lower_inclusive, self.upper_inclusive))
        parts.append(self.qualifier)
        if self.change:
            parts.append(f"change={self.change}")
        return " ".join(parts)


_ISO_DATE = re.compile(r"^([+-]?\d{4})(?:-\d{2}(?:-\d{2})?)?$")


def as_number(value: Any) -> Optional[float]:
    """A claim field as a number: floats as they are, ISO dates as their year, else None."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, str):
        match = _ISO_DATE.match(value.strip())
        if match:
            return float(match.group(1))
        try:
            number = float(value)
        except ValueError:
            return None
        return number if math.isfinite(number) else None
    return None


def factcheck_readings(claims: Iterable[Any]) -> list[Reading]:
    """factcheck Claims map field for field (a date's year stands for the date)."""
    readings = []
    for claim in claims:
        unit = getattr(claim, "unit", None)
        label = f'"{getattr(claim, "text", "")}" {getattr(claim, "kind", "?")}' + (f" {unit}" if unit else "")
        readings.append(
            Reading(
                value=as_number(getattr(claim, "value", None)),
                lower=as_number(getattr(claim, "lower", None)),
                upper=as_number(getattr(claim, "upper", None)),
                lower_inclusive=bool(getattr(claim, "lower_inclusive", True)),
                upper_inclusive=bool(getattr(claim, "upper_inclusive", True)),
                qualifier=str(getattr(claim, "qualifier", "exact")),
                change=getattr(claim, "change", None),
                label=label,
            )
        )
    return readings


def quantulum3_readings(quantities: Iterable[Any]) -> list[Reading]:
    """A Quantity is exact, or the closed range value ± uncertainty when it has one.

    quantulum3 records no hedges, so this is the most it can be credited with: its
    plain numbers count as exact ('='), its ranges as ranges.
    """
    readings = []
    for q in quantities:
        value = float(q.value)
        unit = getattr(getattr(q, "unit", None), "name", None)
        label = f'"{q.surface}"' + (f" {unit}" if unit else "")
        u = q.uncertainty
        if u:
            readings.append(Reading(value, value - u, value + u, qualifier="range", label=label))
        else:
            readings.append(Reading(value, value, value, label=label))
    return readings


# --------------------------------------------------------------------------- expected items


@dataclass(frozen=True)
class Target:
    """One scored expected item.

    ``point``: ``lo == hi == value``; ``range``: NewsQuant's ``[lo, hi]`` (sorted,
    the source sometimes gives them as from/to); ``interval``: Recognizers' interval
    with None for an unbounded side. ``change`` is NewsQuant's hedge annotation.
    """

    kind: Literal["point", "range", "interval"]
    lo: Optional[float]
    hi: Optional[float]
    lo_inclusive: bool = True
    hi_inclusive: bool = True
    change: Optional[str] = None

    def describe(self) -> str:
        if self.kind == "point":
            text = fmt(self.lo)  # type: ignore[arg-type]
        elif self.kind == "range":
            text = f"{fmt(self.lo)}..{fmt(self.hi)}"  # type: ignore[arg-type]
        else:
            text = fmt_interval(self.lo, self.hi, self.lo_inclusive, self.hi_inclusive)
        return f"{text} ({self.change})" if self.change else text


_INTERVAL = re.compile(r"^\s*([\[(])\s*([^,]*?)\s*,\s*([^\])]*?)\s*([\])])\s*$")


def parse_interval(text: str) -> Optional[Target]:
    """'(20,35]' -> lo 20 exclusive, hi 35 inclusive; an empty side is unbounded."""
    match = _INTERVAL.match(text)
    if not match:
        return None
    left, lo, hi, right = match.groups()
    return Target(
        "interval",
        float(lo) if lo else None,
        float(hi) if hi else None,
        lo_inclusive=left == "[",
        hi_inclusive=right == "]",
    )


def scored_targets(case: dict) -> list[Target]:
    """The items of a case that carry a number; the case is scored when there is one."""
    targets = []
    for item in case.get("expected", []):
        value, change = item.get("value"), item.get("change")
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            targets.append(Target("point", float(value), float(value), change=change))
        elif item.get("range"):
            lo, hi = sorted(float(x) for x in item["range"])
            targets.append(Target("range", lo, hi, change=change))
        elif item.get("interval"):
            target = parse_interval(item["interval"])
            if target is not None and (target.lo is not None or target.hi is not None):
                targets.append(target)
    return targets


# --------------------------------------------------------------------------- scoring


def close(a: Optional[float], b: Optional[float]) -> bool:
    return a is not None and b is not None and math.isclose(a, b, rel_tol=REL_TOL)


def found(x: float, numbers: Iterable[float]) -> bool:
    return any(close(x, n) for n in numbers)


def values_ok(target: Target, numbers: list[float]) -> bool:
    """The README's rule: a number among the reported ones; a range on both ends or
    the midpoint; an interval on every finite bound."""
    if target.kind == "point":
        return found(target.lo, numbers)  # type: ignore[arg-type]
    if target.kind == "range":
        lo, hi = target.lo, target.hi
        return (found(lo, numbers) and found(hi, numbers)) or found((lo + hi) / 2, numbers)  # type: ignore[operator]
    return all(found(b, numbers) for b in (target.lo, target.hi) if b is not None)


def _point_hedge_ok(v: float, change: str, readings: list[Reading]) -> bool:
    """A single number with NewsQuant annotation ``change``, matched by one reading:

    ``=`` value v, qualifier exact; ``~`` value v, qualifier approximate/estimate;
    ``>`` lower bound v, no upper bound, qualifier at least/more than;
    ``<`` upper bound v, no lower bound, qualifier at most/less than/up to;
    ``up``/``down`` value v and the same change.
    """
    for r in readings:
        if change == "=":
            ok = close(r.value, v) and r.qualifier == "exact"
        elif change == "~":
            ok = close(r.value, v) and r.qualifier in APPROXIMATE
        elif change == ">":
            ok = close(r.lower, v) and r.upper is None and r.qualifier in LOWER_BOUND
        elif change == "<":
            ok = close(r.upper, v) and r.lower is None and r.qualifier in UPPER_BOUND
        else:  # up / down
            ok = close(r.value, v) and r.change == change
        if ok:
            return True
    return False


def _range_hedge_ok(lo: float, hi: float, change: str, readings: list[Reading]) -> bool:
    """A NewsQuant range: one reading spanning [lo, hi] with a fitting qualifier
    (``range``; for ``~`` also approximate/estimate; for up/down the same change), or
    both ends as separate readings that each pass the point rule ("from 240 to 273"
    read as two numbers)."""
    for r in readings:
        if not (close(r.lower, lo) and close(r.upper, hi)):
            continue
        if change in ("up", "down"):
            ok = r.change == change
        elif change == "~":
            ok = r.qualifier == "range" or r.qualifier in APPROXIMATE
        else:
            ok = r.qualifier == "range"
        if ok:
            return True
    return _point_hedge_ok(lo, change, readings) and _point_hedge_ok(hi, change, readings)


def _bound_ok(want: Optional[float], want_inclusive: bool, got: Optional[float], got_inclusive: bool) -> bool:
    if want is None:
        return got is None
    return close(got, want) and got_inclusive == want_inclusive


def hedge_ok(target: Target, readings: list[Reading]) -> bool:
    """Whether one reading carries the item's hedge/bound annotation (see module doc).

    Intervals: both bounds equal (an unbounded side must be unbounded) with the same
    inclusivity. Items without an annotation always pass here.
    """
    if target.kind == "interval":
        return any(
            _bound_ok(target.lo, target.lo_inclusive, r.lower, r.lower_inclusive)
            and _bound_ok(target.hi, target.hi_inclusive, r.upper, r.upper_inclusive)
            for r in readings
        )
    if target.change not in ("=", "~", ">", "<", "up", "down"):
        return True
    if target.kind == "range":
        return _range_hedge_ok(target.lo, target.hi, target.change, readings)  # type: ignore[arg-type]
    return _point_hedge_ok(target.lo, target.change, readings)  # type: ignore[arg-type]


@dataclass
class CaseResult:
    case: dict
    targets: list[Target]
    readings: list[Reading]
    missing: list[Target]  # failed on values
    unhedged: list[Target]  # found, but the hedge/bound is wrong
    error: Optional[str] = None

    @property
    def values_pass(self) -> bool:
        return not self.missing

    @property
    def hedges_pass(self) -> bool:
        return not self.missing and not self.unhedged


def score_case(case: dict, targets: list[Target], readings: list[Reading], error: Optional[str]) -> CaseResult:
    numbers = [n for r in readings for n in r.numbers]
    missing = [t for t in targets if not values_ok(t, numbers)]
    unhedged = [t for t in targets if t not in missing and not hedge_ok(t, readings)]
    return CaseResult(case, targets, readings, missing, unhedged, error)


# --------------------------------------------------------------------------- tools


@dataclass
class Tool:
    """A tool under test: ``run`` maps a text to its raw output, ``to_readings`` reduces
    that output; ``run`` is None when the tool could not be loaded (see ``error``)."""

    name: str
    run: Optional[Callable[[str], Any]]
    to_readings: Callable[[Any], list[Reading]]
    version: Optional[str] = None
    load_s: Optional[float] = None
    error: Optional[str] = None
    quiet: bool = False  # silence the tool's Python warnings while it runs

    @property
    def available(self) -> bool:
        return self.run is not None


def _version(dist: str) -> Optional[str]:
    try:
        from importlib.metadata import version

        return version(dist)
    except Exception:
        return None


def load_factcheck() -> Tool:
    """Import factcheck and make one call (its load time); report clearly if the
    extractor is not there yet."""
    tool = Tool("factcheck", None, factcheck_readings, version=_version("factcheck"))
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    start = time.perf_counter()
    try:
        import factcheck

        extract = factcheck.extract
    except Exception as exc:  # the extractor may not have landed yet
        tool.error = f"factcheck.extract is not available ({type(exc).__name__}: {exc})"
        return tool
    try:
        extract("In 2010, about 1,234 people paid $5 million, up 3%.")
    except Exception as exc:
        tool.error = f"first call failed ({type(exc).__name__}: {exc}); cases are still run"
    tool.load_s = time.perf_counter() - start
    tool.run = extract
    return tool


def load_quantulum3() -> Tool:
    """Import quantulum3 without its classifier and load its unit tables.

    quantulum3 0.10.0's ``parser.parse`` has no ``classifier`` parameter; the switch
    is the module flag ``quantulum3.classifier.USE_CLF`` (True only when scikit-learn
    is importable), which ``disambiguate`` reads on every call.
    """
    tool = Tool("quantulum3", None, quantulum3_readings, version=_version("quantulum3"), quiet=True)
    start = time.perf_counter()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import classifier, parser

            if "classifier" in inspect.signature(parser.parse).parameters:  # newer releases
                parse: Callable[[str], Any] = lambda text: parser.parse(text, classifier=False)  # noqa: E731
            else:
                classifier.USE_CLF = False
                parse = parser.parse
            parse("It is 2 metres long and costs $5.")  # loads units, entities and regexes
    except Exception as exc:
        tool.error = f"quantulum3 is not available ({type(exc).__name__}: {exc})"
        return tool
    tool.load_s = time.perf_counter() - start
    tool.run = parse
    return tool


LOADERS: dict[str, Callable[[], Tool]] = {"factcheck": load_factcheck, "quantulum3": load_quantulum3}


# --------------------------------------------------------------------------- running


@dataclass
class ToolSuiteResult:
    cases: list[CaseResult]
    seconds: float
    errors: int
    first_error: Optional[str]

    @property
    def values(self) -> int:
        return sum(c.values_pass for c in self.cases)

    @property
    def hedges(self) -> int:
        return sum(c.hedges_pass for c in self.cases)


@dataclass
class SuiteResult:
    suite: str
    n: int  # scored cases
    total_cases: int
    chars: int  # characters of all the suite's texts (every case is timed)
    tools: dict[str, ToolSuiteResult] = field(default_factory=dict)


def load_suite(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def timed_outputs(tool: Tool, texts: list[str], repeat: int) -> tuple[list[Any], float]:
    """Run the tool on every text; exceptions are kept in place of outputs. The time
    is the best of ``repeat`` passes, and covers only the tool's calls."""
    assert tool.run is not None
    run = tool.run
    best, outputs = math.inf, []
    for _ in range(max(1, repeat)):
        outputs = []
        with warnings.catch_warnings():
            if tool.quiet:
                warnings.simplefilter("ignore")
            start = time.perf_counter()
            for text in texts:
                try:
                    outputs.append(run(text))
                except Exception as exc:
                    outputs.append(exc)
            best = min(best, time.perf_counter() - start)
    return outputs, best


def warm_up(tool: Tool, suites: dict[str, list[dict]], per_suite: int = 10) -> None:
    """A few untimed calls per suite, so lazy loading and caches do not count as speed."""
    texts = [case["text"] for cases in suites.values() for case in cases[:per_suite]]
    timed_outputs(tool, texts, 1)


def run_suite(suite: str, cases: list[dict], tools: list[Tool], repeat: int) -> SuiteResult:
    targets = [scored_targets(case) for case in cases]
    texts = [case["text"] for case in cases]
    result = SuiteResult(suite, sum(bool(t) for t in targets), len(cases), sum(len(t) for t in texts))
    for tool in tools:
        if not tool.available:
            continue
        outputs, seconds = timed_outputs(tool, texts, repeat)
        scored, errors, first_error = [], 0, None
        for case, case_targets, output in zip(cases, targets, outputs):
            error = None
            if isinstance(output, Exception):
                error = f"{type(output).__name__}: {output}"
                errors += 1
                first_error = first_error or f"{case['id']}: {error}"
                readings: list[Reading] = []
            else:
                readings = tool.to_readings(output)
            if case_targets:
                scored.append(score_case(case, case_targets, readings, error))
        result.tools[tool.name] = ToolSuiteResult(scored, seconds, errors, first_error)
    return result


# --------------------------------------------------------------------------- reporting


def fmt(x: float) -> str:
    if x == int(x) and abs(x) < 1e15:
        return str(int(x))
    return repr(x)


def fmt_interval(lo: Optional[float], hi: Optional[float], lo_inclusive: bool, hi_inclusive: bool) -> str:
    left = "[" if lo is not None and lo_inclusive else "("
    right = "]" if hi is not None and hi_inclusive else ")"
    return f"{left}{'' if lo is None else fmt(lo)},{'' if hi is None else fmt(hi)}{right}"


def pct(part: int, whole: int) -> Optional[float]:
    return 100.0 * part / whole if whole else None


def fmt_pct(value: Optional[float]) -> str:
    return "n/a" if value is None else f"{value:.1f}"


def fmt_speed(chars_per_s: Optional[float]) -> str:
    if chars_per_s is None:
        return "n/a"
    if chars_per_s >= 1e6:
        return f"{chars_per_s / 1e6:.2f} M"
    if chars_per_s >= 1e3:
        return f"{chars_per_s / 1e3:.1f} k"
    return f"{chars_per_s:.0f}"


@dataclass
class Row:
    """One line of the table: a suite, or 'all' (pooled over the suites run)."""

    suite: str
    n: int
    chars: int
    values: dict[str, Optional[float]]  # tool -> % (None: tool not run)
    hedges: dict[str, Optional[float]]
    speed: dict[str, Optional[float]]  # tool -> chars/s
    target: str = ""
    target_pass: Optional[bool] = None  # None: not applicable / cannot tell


def build_rows(results: list[SuiteResult], tool_names: list[str]) -> list[Row]:
    rows = []
    totals = {name: [0, 0, 0, 0.0] for name in tool_names}  # values, hedges, chars, seconds
    for res in results:
        row = Row(res.suite, res.n, res.chars, {}, {}, {})
        for name in tool_names:
            tr = res.tools.get(name)
            if tr is None:
                row.values[name] = row.hedges[name] = row.speed[name] = None
                continue
            row.values[name] = pct(tr.values, res.n)
            row.hedges[name] = pct(tr.hedges, res.n)
            row.speed[name] = res.chars / tr.seconds if tr.seconds > 0 else None
            t = totals[name]
            t[0] += tr.values
            t[1] += tr.hedges
            t[2] += res.chars
            t[3] += tr.seconds
        rows.append(row)
    n_all = sum(r.n for r in results)
    chars_all = sum(r.chars for r in results)
    all_row = Row("all", n_all, chars_all, {}, {}, {})
    for name in tool_names:
        ran = all(name in res.tools for res in results) and results
        v, h, chars, seconds = totals[name]
        all_row.values[name] = pct(v, n_all) if ran else None
        all_row.hedges[name] = pct(h, n_all) if ran else None
        all_row.speed[name] = chars / seconds if ran and seconds > 0 else None
    rows.append(all_row)
    return rows


def apply_targets(rows: list[Row], use_published: bool) -> None:
    """Fill each row's target cell. On suites: factcheck values >= quantulum3's (not on
    quantulum3's own two suites) and the floors in VALUE_FLOORS; on 'all': speed.
    With ``use_published`` (quantulum3 not run), compare with the README's column."""
    for row in rows:
        fc = row.values.get("factcheck")
        checks: list[tuple[str, Optional[bool]]] = []
        if row.suite == "all":
            fc_speed, q3_speed = row.speed.get("factcheck"), row.speed.get("quantulum3")
            if fc_speed is None or q3_speed is None:
                checks.append((f"speed >= {SPEED_RATIO:g}x q3", None))
            else:
                ratio = fc_speed / q3_speed
                checks.append((f"speed >= {SPEED_RATIO:g}x q3: {ratio:.0f}x", ratio >= SPEED_RATIO))
        else:
            if row.suite in VALUE_FLOORS:
                floor = VALUE_FLOORS[row.suite]
                checks.append((f">= {floor:g}%", None if fc is None else fc >= floor))
            if row.suite not in QUANTULUM3_OWN:
                q3, label = row.values.get("quantulum3"), ">= q3"
                if q3 is None and use_published:
                    q3, label = PUBLISHED_QUANTULUM3.get(row.suite), ">= q3 published"
                # Same scored cases, so comparing percentages compares pass counts. The published
                # column is rounded to one decimal: compare with what it may have been rounded from.
                slack = 0.05 if label.endswith("published") else 1e-9
                checks.append((label, None if fc is None or q3 is None else fc >= q3 - slack))
        if not checks:
            continue
        if any(ok is None for _, ok in checks):
            row.target_pass = None
            row.target = "n/a (" + ", ".join(c for c, _ in checks) + ")"
        else:
            row.target_pass = all(ok for _, ok in checks)
            shown = [c for c, ok in checks if not ok] if not row.target_pass else [c for c, _ in checks]
            row.target = ("PASS" if row.target_pass else "FAIL") + " (" + ", ".join(shown) + ")"


HEADERS = (
    "suite",
    "n",
    "factcheck values %",
    "quantulum3 values %",
    "factcheck hedges %",
    "quantulum3 hedges %",
    "factcheck chars/s",
    "quantulum3 chars/s",
    "targets",
)
LEFT_ALIGNED = {0, 8}


def row_cells(row: Row) -> list[str]:
    return [
        row.suite,
        str(row.n),
        fmt_pct(row.values.get("factcheck")),
        fmt_pct(row.values.get("quantulum3")),
        fmt_pct(row.hedges.get("factcheck")),
        fmt_pct(row.hedges.get("quantulum3")),
        fmt_speed(row.speed.get("factcheck")),
        fmt_speed(row.speed.get("quantulum3")),
        row.target,
    ]


def render_table(rows: list[Row], markdown: bool) -> str:
    body = [row_cells(r) for r in rows]
    if markdown:
        lines = ["| " + " | ".join(HEADERS) + " |"]
        lines.append("| " + " | ".join("---" if i in LEFT_ALIGNED else "---:" for i in range(len(HEADERS))) + " |")
        lines += ["| " + " | ".join(cells) + " |" for cells in body]
        return "\n".join(lines)
    widths = [max(len(h), *(len(cells[i]) for cells in body)) for i, h in enumerate(HEADERS)]

    def line(cells: Iterable[str]) -> str:
        return "  ".join(
            c.ljust(w) if i in LEFT_ALIGNED else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths))
        ).rstrip()

    out = [line(HEADERS), line("-" * w for w in widths)]
    out += [line(cells) for cells in body[:-1]]
    out += [line("-" * w for w in widths), line(body[-1])]
    return "\n".join(out)


def targets_line(rows: list[Row]) -> str:
    judged = [r for r in rows if r.target]
    passed = [r for r in judged if r.target_pass]
    failed = [r for r in judged if r.target_pass is False]
    unknown = [r for r in judged if r.target_pass is None]
    text = f"targets: {len(passed)}/{len(judged)} PASS"
    if failed:
        text += "; FAIL: " + ", ".join(r.suite for r in failed)
    if unknown:
        text += "; n/a: " + ", ".join(r.suite for r in unknown)
    return text


def reproduction_line(rows: list[Row]) -> Optional[str]:
    """Compare the measured quantulum3 values column with the README's published one."""
    pairs = [
        (r.suite, r.values["quantulum3"], PUBLISHED_QUANTULUM3[r.suite])
        for r in rows
        if r.suite in PUBLISHED_QUANTULUM3 and r.values.get("quantulum3") is not None
    ]
    if not pairs:
        return None
    diffs = [(s, got, want) for s, got, want in pairs if round(got, 1) != want]  # type: ignore[arg-type]
    text = f"quantulum3 values vs README's published column: {len(pairs) - len(diffs)}/{len(pairs)} suites identical"
    if diffs:
        text += " (differs: " + ", ".join(f"{s} {got:.1f} vs {want:.1f}" for s, got, want in diffs) + ")"
    return text


def tools_lines(tools: list[Tool]) -> list[str]:
    lines = []
    for tool in tools:
        status = f"{tool.name} {tool.version or '(version unknown)'}"
        if tool.load_s is not None:
            status += f": load {tool.load_s:.2f} s (import + first call, not in chars/s)"
        if tool.name == "quantulum3" and tool.available:
            status += ", no classifier"
        if tool.error:
            status += f" -- {tool.error}"
        lines.append(status)
    return lines


def errors_lines(results: list[SuiteResult]) -> list[str]:
    lines = []
    for res in results:
        for name, tr in res.tools.items():
            if tr.errors:
                lines.append(f"{name} raised on {tr.errors} case(s) of {res.suite}, first: {tr.first_error}")
    return lines


def print_failures(result: SuiteResult, tool_name: str, limit: Optional[int]) -> None:
    tr = result.tools.get(tool_name)
    if tr is None:
        print(f"no {tool_name} results for {result.suite}")
        return
    missing = [c for c in tr.cases if not c.values_pass]
    unhedged = [c for c in tr.cases if c.values_pass and not c.hedges_pass]
    print(
        f"== {tool_name} on {result.suite}: {len(missing)} of {result.n} scored cases fail on values, "
        f"{len(unhedged)} more only on hedges/bounds"
    )
    shown = 0
    for title, cases in (("values", missing), ("hedges", unhedged)):
        for c in cases:
            if limit is not None and shown >= limit:
                print(f"... (--limit {limit})")
                return
            shown += 1
            print(f"\n-- {c.case['id']}  [{title}]")
            print(f"   text:     {c.case['text']}")
            print(f"   expected: {'; '.join(t.describe() for t in c.targets)}")
            if c.missing:
                print(f"   missing:  {'; '.join(t.describe() for t in c.missing)}")
            if c.unhedged:
                print(f"   hedge:    {'; '.join(t.describe() for t in c.unhedged)}")
            if c.error:
                print(f"   error:    {c.error}")
            print(f"   {tool_name}:" + ("" if c.readings else " (nothing)"))
            for r in c.readings:
                print(f"     - {r.describe()}")
    print()


def results_json(
    results: list[SuiteResult], rows: list[Row], tools: list[Tool], benchmarks: Path, repeat: int
) -> dict:
    by_suite = {r.suite: r for r in results}
    suites = []
    for row in rows:
        entry: dict[str, Any] = {
            "suite": row.suite,
            "n": row.n,
            "chars": row.chars,
            "targets": row.target or None,
            "targets_pass": row.target_pass,
        }
        res = by_suite.get(row.suite)
        if res is not None:
            entry["cases"] = res.total_cases
        for tool in tools:
            tr = res.tools.get(tool.name) if res is not None else None
            data: dict[str, Any] = {
                "values_pct": row.values.get(tool.name),
                "hedges_pct": row.hedges.get(tool.name),
                "chars_per_s": row.speed.get(tool.name),
            }
            if tr is not None:
                data.update(
                    values_pass=tr.values,
                    hedges_pass=tr.hedges,
                    seconds=tr.seconds,
                    errors=tr.errors,
                    failed_values=[c.case["id"] for c in tr.cases if not c.values_pass],
                    failed_hedges_only=[c.case["id"] for c in tr.cases if c.values_pass and not c.hedges_pass],
                )
            if tool.name == "quantulum3" and row.suite in PUBLISHED_QUANTULUM3:
                data["published_values_pct"] = PUBLISHED_QUANTULUM3[row.suite]
            entry[tool.name] = data
        suites.append(entry)
    return {
        "benchmarks": str(benchmarks),
        "repeat": repeat,
        "tools": {
            t.name: {"version": t.version, "available": t.available, "load_s": t.load_s, "error": t.error}
            for t in tools
        },
        "suites": suites,
        "targets": targets_line(rows),
        "reproduction": reproduction_line(rows),
    }


# --------------------------------------------------------------------------- CLI


def parse_args(argv: Optional[list[str]]) -> argparse.Namespace:
    ap = argparse.ArgumentParser(
        prog="python -m bench.extraction",
        description="Score factcheck.extract and quantulum3 on the peers' test suites in ../shared/benchmarks.",
    )
    ap.add_argument("--benchmarks", type=Path, default=DEFAULT_BENCHMARKS, help="folder of <suite>.jsonl files")
    ap.add_argument("--suites", nargs="+", choices=SUITES, metavar="SUITE", help="suites to run (default: all)")
    ap.add_argument("--tools", nargs="+", choices=tuple(LOADERS), default=list(LOADERS), help="tools to run")
    ap.add_argument("--failures", choices=SUITES, metavar="SUITE", help="print the failing cases of one suite")
    ap.add_argument("--tool", choices=tuple(LOADERS), default="factcheck", help="whose failures --failures prints")
    ap.add_argument("--limit", type=int, help="print at most this many failing cases")
    ap.add_argument("--repeat", type=int, default=1, help="time each suite this many times, keep the best")
    ap.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    ap.add_argument("--json", type=Path, metavar="FILE", help="also write the results as JSON")
    ap.add_argument("--check", action="store_true", help="exit 1 unless every target passes")
    return ap.parse_args(argv)


def main(argv: Optional[list[str]] = None) -> int:
    args = parse_args(argv)
    benchmarks: Path = args.benchmarks
    if not benchmarks.is_dir():
        print(f"skipped: no benchmarks folder at {benchmarks} (see ../shared/benchmarks/README.md)")
        return 0
    names = args.suites or ([args.failures] if args.failures else list(SUITES))
    if args.failures and args.failures not in names:
        names.append(args.failures)
    absent = [s for s in names if not (benchmarks / f"{s}.jsonl").is_file()]
    if absent:
        print(f"note: not found in {benchmarks}, left out: {', '.join(absent)}")
    suites = {s: load_suite(benchmarks / f"{s}.jsonl") for s in names if s not in absent}
    if not suites:
        print("skipped: none of the suites is there")
        return 0

    tool_names = list(args.tools)
    if args.failures and args.tool not in tool_names:
        tool_names.append(args.tool)
    tools = [LOADERS[name]() for name in tool_names]
    for tool in tools:
        if tool.available:
            warm_up(tool, suites)

    results = [run_suite(s, cases, tools, args.repeat) for s, cases in suites.items()]
    rows = build_rows(results, ["factcheck", "quantulum3"])
    q3_run = any(t.name == "quantulum3" and t.available for t in tools)
    apply_targets(rows, use_published=not q3_run)

    if args.failures:
        tool = next(t for t in tools if t.name == args.tool)
        if not tool.available:
            print(f"{tool.name}: {tool.error}")
        else:
            print_failures(next(r for r in results if r.suite == args.failures), tool.name, args.limit)

    for line in tools_lines(tools):
        print(line)
    print(f"benchmarks: {benchmarks} (values: every expected number found; hedges: also hedges/bounds right)")
    print()
    print(render_table(rows, args.markdown))
    print()
    print(targets_line(rows))
    repro = reproduction_line(rows)
    if repro:
        print(repro)
    for line in errors_lines(results):
        print(line)

    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(
            json.dumps(results_json(results, rows, tools, benchmarks, args.repeat), indent=2) + "\n",
            encoding="utf-8",
        )
        print(f"wrote {args.json}")

    if args.check and any(r.target and r.target_pass is not True for r in rows):
        return 1
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # output piped into head/less that closed early
        sys.stderr.close()
        sys.exit(0)
