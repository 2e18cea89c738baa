"""The gold annotation (tests/gold/corpus.yaml) resolves, covers every number, and is well-formed.

Reads the real corpus in ../shared/corpus; skipped, with the reason shown, when it is absent.
"""

from __future__ import annotations

import math
import re
import sys
from pathlib import Path

import pytest

try:
    from tests.gold.gold import GoldDocument, load_gold
except ImportError:  # pytest run without the repository root on sys.path
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.gold.gold import GoldDocument, load_gold

from factcheck.models import KINDS, QUALIFIERS

pytestmark = pytest.mark.shared

CORPUS_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"

_CARDINALS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_SCALES = "hundreds hundred thousands thousand millions million billions billion dozens dozen".split()
_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_UNITS = _CARDINALS[1:10] + _ORDINALS[:9]
_WORDS = sorted(_CARDINALS + _TENS + _SCALES + _ORDINALS, key=len, reverse=True)
# a digit run, a hyphenated compound ("twenty-one", "twenty-first") or a single number word
NUMBER_TOKEN = re.compile(
    r"\d+"
    r"|\b(?:" + "|".join(_TENS) + r")-(?:" + "|".join(_UNITS) + r")\b"
    r"|\b(?:" + "|".join(_WORDS) + r")\b",
    re.IGNORECASE,
)

CLAIM_KEYS = {
    "text", "occurrence", "kind", "value", "lower", "upper", "qualifier", "unit", "change", "per",
    "subject_head", "place", "period", "note", "start", "end",
}
REQUIRED_CLAIM_KEYS = {
    "text", "kind", "value", "lower", "upper", "qualifier", "unit", "change", "per", "subject_head", "place", "period",
}
NON_CLAIM_KEYS = {"text", "occurrence", "reason", "start", "end"}
ISO_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
PERIOD = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$")
CURRENCY = re.compile(r"^[A-Z]{3}$")
PERS = {"year", "day", "month", "week"}
TOLERANCE = {"approximate": 0.10, "estimate": 0.25}


@pytest.fixture(scope="module")
def gold() -> list[GoldDocument]:
    if not CORPUS_DIR.is_dir():
        pytest.skip(f"../shared/corpus not found: {CORPUS_DIR}")
    return load_gold(CORPUS_DIR)


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _where(doc: GoldDocument, entry: dict) -> str:
    return f"{doc.file}:{_line(doc.text, entry['start'])} {entry['text']!r}"


def _is_number(v: object) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def test_gold_lists_the_manifest_documents(gold):
    from ruamel.yaml import YAML

    manifest = YAML(typ="safe").load((CORPUS_DIR / "manifest.yaml").read_text(encoding="utf-8"))
    expected = {d["file"]: d["published"] for d in manifest["documents"]}
    got = {d.file: d.published for d in gold}
    assert len(got) == len(gold), "a document is listed twice"
    assert got == expected


def test_every_gold_text_resolves_to_its_span(gold):
    # load_gold raises on a text it cannot find; here the resolved spans must quote the document exactly
    for doc in gold:
        for entry in doc.claims + doc.non_claims:
            assert 0 <= entry["start"] < entry["end"] <= len(doc.text)
            assert doc.text[entry["start"] : entry["end"]] == entry["text"], _where(doc, entry)


def test_every_number_is_covered(gold):
    uncovered = []
    for doc in gold:
        spans = [(e["start"], e["end"]) for e in doc.claims + doc.non_claims]
        for m in NUMBER_TOKEN.finditer(doc.text):
            if not any(s <= m.start() and m.end() <= e for s, e in spans):
                uncovered.append(f"{doc.file}:{_line(doc.text, m.start())}: {m.group()!r}")
    assert not uncovered, f"{len(uncovered)} number(s) in no claim or non-claim span:\n" + "\n".join(uncovered)


def test_no_span_twice_and_no_claim_overlaps_another_span(gold):
    problems = []
    for doc in gold:
        seen: dict[tuple[int, int], str] = {}
        for section, entries in (("claim", doc.claims), ("non-claim", doc.non_claims)):
            for e in entries:
                key = (e["start"], e["end"])
                if key in seen:
                    problems.append(f"{_where(doc, e)} listed as {seen[key]} and {section}")
                seen[key] = section
        for c in doc.claims:
            for n in doc.non_claims:
                if c["start"] < n["end"] and n["start"] < c["end"]:
                    problems.append(f"claim {_where(doc, c)} overlaps non-claim {_where(doc, n)}")
        claims = sorted(doc.claims, key=lambda e: (e["start"], e["end"]))
        for a, b in zip(claims, claims[1:]):
            if b["start"] < a["end"]:
                problems.append(f"claims {_where(doc, a)} and {_where(doc, b)} overlap")
    assert not problems, "\n".join(problems)


def _claim_problems(c: dict) -> list[str]:
    out = []
    missing = REQUIRED_CLAIM_KEYS - c.keys()
    extra = c.keys() - CLAIM_KEYS
    if missing:
        out.append(f"missing {sorted(missing)}")
    if extra:
        out.append(f"unknown keys {sorted(extra)}")
    if missing:
        return out
    kind, qual = c["kind"], c["qualifier"]
    value, lower, upper = c["value"], c["lower"], c["upper"]
    if kind not in KINDS:
        out.append(f"kind {kind!r} not in {KINDS}")
    if qual not in QUALIFIERS:
        out.append(f"qualifier {qual!r} not in {QUALIFIERS}")

    # value, lower and upper: ISO strings for dates, numbers otherwise; a date range has no value,
    # a numeric range's value is its midpoint
    def ok(v: object) -> bool:
        return isinstance(v, str) and bool(ISO_DATE.match(v)) if kind == "date" else _is_number(v)

    if qual == "range":
        if kind == "date" and value is not None:
            out.append("a date range has value null")
        if kind != "date" and _is_number(lower) and _is_number(upper) and value != (lower + upper) / 2:
            out.append("a numeric range's value is its midpoint")
        if lower is None or upper is None:
            out.append("a range has both lower and upper")
    elif not ok(value):
        out.append(f"value {value!r} does not suit kind {kind}")
    for name, bound in (("lower", lower), ("upper", upper)):
        if bound is not None and not ok(bound):
            out.append(f"{name} {bound!r} does not suit kind {kind}")
    if kind == "rank" and value is not None and not (isinstance(value, int) and value >= 1):
        out.append(f"rank {value!r} is not a position 1, 2, 3...")
    both_numbers = _is_number(lower) and _is_number(upper)
    both_dates = isinstance(lower, str) and isinstance(upper, str)  # ISO strings order as dates
    if (both_numbers or both_dates) and lower > upper:
        out.append(f"lower {lower!r} > upper {upper!r}")

    # bounds follow the qualifier (docs/claims.md, "Bounds and qualifiers")
    if qual != "range" and ok(value):
        if qual == "exact":
            expected = (value, value)
        elif qual in ("at least", "more than"):
            expected = (value, None)
        elif qual in ("at most", "less than", "up to"):
            expected = (None, value)
        elif qual in TOLERANCE and _is_number(value):
            t = TOLERANCE[qual]
            expected = (value * (1 - t), value * (1 + t))
        else:
            expected = None
            out.append(f"qualifier {qual} needs a numeric value")
        if expected is not None:
            for name, got, want in (("lower", lower, expected[0]), ("upper", upper, expected[1])):
                same = got == want if (want is None or got is None or not _is_number(want)) else (
                    _is_number(got) and math.isclose(got, want, rel_tol=1e-9)
                )
                if not same:
                    out.append(f"{name} {got!r} should be {want!r} for qualifier {qual!r}")

    unit = c["unit"]
    if kind == "percent" and unit != "percent":
        out.append("a percent has unit 'percent'")
    if kind == "money" and not (isinstance(unit, str) and CURRENCY.match(unit)):
        out.append(f"money unit {unit!r} is not an ISO 4217 code")
    if kind in ("quantity", "duration") and not (isinstance(unit, str) and unit):
        out.append(f"a {kind} needs a unit")
    if kind in ("count", "date", "rank", "rate") and unit is not None:
        out.append(f"a {kind} has unit null")
    if c["change"] not in (None, "up", "down"):
        out.append(f"change {c['change']!r} not up/down/null")
    if kind == "rate":
        if c["per"] not in PERS:
            out.append(f"per {c['per']!r} not in {sorted(PERS)}")
    elif c["per"] is not None:
        out.append("only a rate has per")
    head = c["subject_head"]
    if head is not None and not (isinstance(head, str) and head and head == head.lower()):
        out.append(f"subject_head {head!r} is not a lower-case noun")
    if c["place"] is not None and not (isinstance(c["place"], str) and c["place"]):
        out.append(f"place {c['place']!r} is not a string")
    period = c["period"]
    if not (isinstance(period, str) and PERIOD.match(period)):
        out.append(f"period {period!r} is not an ISO year/month/date or interval A/B")
    if "note" in c and not (isinstance(c["note"], str) and c["note"]):
        out.append("note is empty")
    return out


def test_claim_fields_are_valid(gold):
    problems = []
    for doc in gold:
        for c in doc.claims:
            problems += [f"{_where(doc, c)}: {p}" for p in _claim_problems(c)]
        for n in doc.non_claims:
            if n.keys() - NON_CLAIM_KEYS:
                problems.append(f"{_where(doc, n)}: unknown keys {sorted(n.keys() - NON_CLAIM_KEYS)}")
            if not (isinstance(n.get("reason"), str) and n["reason"].strip()):
                problems.append(f"{_where(doc, n)}: a non-claim needs a reason")
    assert not problems, "\n".join(problems)
