"""False alarms on unrelated news: audit sentences from different stories as one corpus.

Each text of CQE's NewsQuant set (``../shared/benchmarks/cqe_newsquant.jsonl``) comes from
a different news story. Audited together, as undated documents with one sentence each,
they hold no contradiction that a reader would accept: two stories about different
companies, games or storms do not disagree. Every error or warning finding is therefore
a false alarm, and their number is a floor for comparing alignment and check changes on
text the rules were not written beside. (A few pairs are near-duplicates of one story in
the set; their findings are listed with the rest, for a person to judge.)

Usage (from the project root)::

    python -m bench.unrelated              # findings by rule and severity
    python -m bench.unrelated --show 20    # the first 20 error and warning findings
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SUITE = ROOT.parent / "shared" / "benchmarks" / "cqe_newsquant.jsonl"
ALARMS = ("error", "warning")


def audit_unrelated(path: Path):
    """The report of an audit of every text in the suite, each its own undated document."""
    from factcheck.audit import audit_documents
    from factcheck.read import read_paths

    with tempfile.TemporaryDirectory() as folder:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                (Path(folder) / f"{case['id']}.txt").write_text(case["text"] + "\n", encoding="utf-8")
        documents = read_paths([folder])
        return len(documents), audit_documents(documents)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suite", type=Path, default=DEFAULT_SUITE)
    parser.add_argument("--show", type=int, default=0, help="print the first N error and warning findings")
    args = parser.parse_args(argv)
    if not args.suite.is_file():
        print(f"skipped: {args.suite} not found (the shared benchmarks are not in this checkout)")
        return 0
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    count, report = audit_unrelated(args.suite)
    alarms = [f for f in report.findings if f.severity in ALARMS]
    by_rule = Counter(f"{f.rule} ({f.severity})" for f in report.findings)
    print(f"unrelated news: {count} one-sentence documents from different stories, "
          f"{len(alarms)} error/warning findings (false alarms; lower is better)")
    for rule, n in sorted(by_rule.items()):
        print(f"  {rule}: {n}")
    for finding in alarms[: args.show]:
        print(f"- [{finding.rule}] {finding.message}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
