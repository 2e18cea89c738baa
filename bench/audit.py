"""Audit benchmark: how `audit_documents` scales, and whether each planted dissent makes one finding.

For each size, a corpus from ``bench.generate`` (invented ~2 KB Markdown documents
whose claims align across documents, with ``truth.json`` recording the planted
dissents) is audited in a fresh Python process, so that one size's memory and
caches do not affect the next. Reading the files is timed apart; the timed part is
the ``audit_documents(documents, AuditConfig())`` call alone (extraction, alignment
and checks), with extraction's share taken from its progress callback. Peak memory
is the worker process's maximum resident size (``ru_maxrss``: interpreter, imports,
the documents and the report included); the resident size just before the audit
is shown too.

Corpora are cached under ``bench/.out/`` (git-ignored), keyed by size, seed,
dissent fraction and a hash of ``bench/generate.py``. Without ``--keep`` a corpus
that is not cached is generated in a temporary folder and deleted afterwards;
with ``--keep`` it is generated into the cache and kept for the next run.

Usage (from the project root)::

    python -m bench.audit --sizes 1000 10000            # make bench
    python -m bench.audit --sizes 1000 10000 100000     # make bench-large
    python -m bench.audit --sizes 1000 10000 --keep --json bench/.out/audit.json
    python -m bench.audit --sizes 1000 10000 --parallel 2   # also extraction on 2 processes (dask)
    python -m bench.audit --sizes 10000 --profile           # cProfile of one audit, top functions

Checks printed under the table, with PASS or FAIL (details in bench/README.md):

* one finding per dissent: every planted dissent the audit can be expected to flag
  (``expected`` in truth.json) gets exactly one value-conflict, event-date or
  rank-conflict finding naming its document and line as the dissent, and no
  conflict finding about a planted fact names any other claim as the dissent;
* no extra error findings: no other error finding at all;
* linear growth: time(largest) / time(smallest) is at most 1.5 x the ratio of
  their sizes (10 x the documents: at most 15).

Exit status 0 when all three pass, 1 otherwise.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "bench" / ".out"
CONFLICT_RULES = ("value-conflict", "event-date", "rank-conflict")


# ------------------------------------------------------------------ corpora


def _generator_hash() -> str:
    return hashlib.sha256((ROOT / "bench" / "generate.py").read_bytes()).hexdigest()[:10]


def corpus_dir(size: int, seed: int, fraction: float) -> Path:
    return CACHE / f"corpus-{size}-seed{seed}-dissent{fraction:g}-{_generator_hash()}"


def _complete(folder: Path, size: int) -> bool:
    truth = folder / "truth.json"
    if not truth.exists():
        return False
    try:
        recorded = json.loads(truth.read_text(encoding="utf-8"))["documents"]
    except (ValueError, KeyError):
        return False
    return (recorded == size and (folder / "statements.json").exists()
            and sum(1 for _ in folder.glob("doc-*.md")) == size)


def get_corpus(size: int, seed: int, fraction: float, keep: bool) -> tuple[Path, bool, float]:
    """(folder, whether it is temporary, seconds spent generating)."""
    cached = corpus_dir(size, seed, fraction)
    if _complete(cached, size):
        return cached, False, 0.0
    from bench.generate import generate

    if keep:
        if cached.exists():
            shutil.rmtree(cached)
        target, temporary = cached, False
    else:
        target, temporary = Path(tempfile.mkdtemp(prefix=f"factcheck-bench-{size}-")), True
    started = time.perf_counter()
    generate(size, target, seed, fraction)
    return target, temporary, time.perf_counter() - started


# ------------------------------------------------------------------ the worker (one process per size)


def _rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux, bytes on macOS.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _current_rss_mb() -> Optional[float]:
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)
    except (OSError, ValueError, IndexError):
        return None


def audit_parallel(documents, config, processes: int):
    """audit_documents with extraction spread over `processes` processes by dask.bag; the rest as there.

    Returns (report, extraction seconds). The report is the same as audit_documents'
    (the worker checks that the findings' fingerprints are identical).
    """
    import dask
    import dask.bag as db

    from factcheck.align import align
    from factcheck.audit import Report, run_checks
    from factcheck.extract import extract_document

    started = time.perf_counter()
    bag = db.from_sequence(documents, npartitions=processes * 8)
    # fork: the workers inherit the imported, warmed-up package instead of importing it again. chunksize 1:
    # dask's process scheduler otherwise hands out 6 partitions at a time, and one worker ends up with most.
    with dask.config.set({"scheduler": "processes", "num_workers": processes, "multiprocessing.context": "fork"}):
        claim_lists = bag.map(extract_document).compute(chunksize=1)
    claims_by_document = {d.source: claims for d, claims in zip(documents, claim_lists)}
    extraction = time.perf_counter() - started
    aligned = align(documents, claims_by_document)
    findings = run_checks(aligned, config)
    summary = {level: sum(1 for f in findings if f.severity == level) for level in ("error", "warning", "info")}
    report = Report(documents=list(aligned.documents.values()), claims=aligned.claims, findings=findings,
                    summary=summary)
    return report, extraction


def evaluate(report, truth: dict, fact_at: dict[tuple[str, int], str]) -> dict:
    """Match findings to planted dissents by the dissenting claim's document and line.

    An error finding that names no planted dissent is *wrong* when it is a conflict
    finding whose claims all state one planted fact (a majority mistaken for a
    dissent, or one finding per pair), and *extra* otherwise (claims the generator
    did not plant as one fact, or another rule).
    """
    planted = {(d["document"], d["line"], d["rule"]): d for d in truth["dissents"]}
    hits: Counter = Counter()
    wrong, extra = [], []
    for finding in report.findings:
        if finding.rule in CONFLICT_RULES:
            keys = {(os.path.basename(e.source), e.line, finding.rule) for e in finding.claims if e.role == "dissent"}
            matched = keys & planted.keys()
            for key in matched:
                hits[key] += 1
            if matched:
                continue
        if finding.severity != "error":
            continue
        facts = {fact_at.get((os.path.basename(e.source), e.line)) for e in finding.claims}
        if finding.rule in CONFLICT_RULES and len(facts) == 1 and None not in facts:
            wrong.append(finding)
        else:
            extra.append(finding)
    expected = [k for k, d in planted.items() if d["expected"]]
    unexpected = [k for k, d in planted.items() if not d["expected"]]
    missed = [k for k in expected if not hits[k]]
    return {
        "planted": len(planted),
        "planted_by_rule": dict(Counter(k[2] for k in planted)),
        "expected": len(expected),
        "found": sum(1 for k in expected if hits[k]),
        "missed": len(missed),
        "missed_examples": [planted[k] for k in missed[:5]],
        "duplicates": sum(1 for k in planted if hits[k] > 1),
        "not_expected": len(unexpected),
        "not_expected_found": sum(1 for k in unexpected if hits[k]),
        "not_expected_why": dict(Counter(planted[k]["why_not"] for k in unexpected)),
        "wrong": len(wrong),
        "wrong_examples": [f.message[:300] for f in wrong[:3]],
        "extra_errors": len(extra),
        "extra_by_rule": dict(Counter(f.rule for f in extra)),
        "extra_examples": _examples(extra),
    }


def _examples(findings, limit: int = 4) -> list[str]:
    """The most frequent kinds of finding, by the first sentence of their message, with a count."""
    kinds: Counter = Counter()
    first: dict[tuple[str, str], str] = {}
    for finding in findings:
        head = finding.message.split("? ")[0].split(". ")[0]
        kinds[(finding.rule, head)] += 1
        first.setdefault((finding.rule, head), finding.message)
    return [f"{n} x [{rule}] {first[(rule, head)][:240]}" for (rule, head), n in kinds.most_common(limit)]


def worker(folder: Path, result: Path, parallel: int, profile: bool) -> int:
    started = time.perf_counter()
    from factcheck.audit import audit_documents
    from factcheck.config import AuditConfig
    from factcheck.read import read_paths

    from bench.generate import statement_locations

    imported = time.perf_counter() - started
    started = time.perf_counter()
    documents = read_paths([folder])
    read_seconds = time.perf_counter() - started
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    before_mb = _current_rss_mb()
    out: dict = {"documents": len(documents), "characters": sum(len(d.text) for d in documents),
                 "import_seconds": imported, "read_seconds": read_seconds, "rss_before_audit_mb": before_mb}

    if profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.enable()
        report = audit_documents(documents, AuditConfig())
        profiler.disable()
        stats = pstats.Stats(profiler)
        out["profile"] = _profile_rows(stats)
        out["claims"] = len(report.claims)
        result.write_text(json.dumps(out), encoding="utf-8")
        return 0

    marks: dict[str, float] = {}

    def progress(done: int, total: int) -> None:
        if done == total:
            marks["extracted"] = time.perf_counter()

    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    report = audit_documents(documents, AuditConfig(), progress)
    seconds = time.perf_counter() - started
    out.update({
        "load": [load_before, os.getloadavg()[0]],
        "seconds": seconds,
        "extract_seconds": marks.get("extracted", started) - started,
        "peak_rss_mb": _rss_mb(),
        "claims": len(report.claims),
        "findings": len(report.findings),
        "findings_by_rule": dict(Counter(f.rule for f in report.findings)),
        "summary": report.summary,
        "evaluation": evaluate(report, truth, statement_locations(folder)),
    })
    if parallel:
        single = {f.fingerprint for f in report.findings}
        del report
        started = time.perf_counter()
        report, extraction = audit_parallel(documents, AuditConfig(), parallel)
        out["parallel"] = {
            "processes": parallel,
            "seconds": time.perf_counter() - started,
            "extract_seconds": extraction,
            "same_findings": {f.fingerprint for f in report.findings} == single,
        }
    result.write_text(json.dumps(out), encoding="utf-8")
    return 0


def _profile_rows(stats, limit: int = 25) -> dict:
    rows = []
    for (filename, line, function), (cc, calls, tottime, cumtime, _) in stats.stats.items():
        short = filename
        if str(ROOT) in filename:
            short = os.path.relpath(filename, ROOT)
        elif "site-packages" in filename:
            short = filename.split("site-packages" + os.sep, 1)[1]
        rows.append({"where": f"{short}:{line}:{function}", "calls": calls, "tottime": tottime, "cumtime": cumtime})
    return {
        "total": stats.total_tt,
        "by_cumtime": sorted(rows, key=lambda r: -r["cumtime"])[:limit],
        "by_tottime": sorted(rows, key=lambda r: -r["tottime"])[:limit],
    }


# ------------------------------------------------------------------ the driver


def run_size(size: int, args) -> dict:
    folder, temporary, generated = get_corpus(size, args.seed, args.dissent_fraction, args.keep)
    try:
        with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as handle:
            result_path = Path(handle.name)
        command = [sys.executable, "-m", "bench.audit", "--worker", str(folder), "--result", str(result_path)]
        if args.parallel:
            command += ["--parallel", str(args.parallel)]
        if args.profile:
            command.append("--profile")
        try:
            completed = subprocess.run(command, cwd=ROOT)
            if completed.returncode != 0:
                raise SystemExit(f"bench.audit: the worker for {size} documents failed (exit {completed.returncode})")
            result = json.loads(result_path.read_text(encoding="utf-8"))
        finally:
            result_path.unlink(missing_ok=True)
    finally:
        if temporary:
            shutil.rmtree(folder, ignore_errors=True)
    result["size"] = size
    result["generate_seconds"] = generated
    result["corpus"] = "generated, deleted" if temporary else ("generated, kept" if generated else "cached")
    result["folder"] = str(folder)
    return result


def _n(x) -> str:
    if x is None:
        return "-"
    if isinstance(x, float):
        return f"{x:,.1f}" if x >= 10 else f"{x:,.2f}"
    return f"{x:,}"


def print_table(results: list[dict]) -> None:
    rules = sorted({r for res in results for r in res["findings_by_rule"]},
                   key=lambda r: (r not in CONFLICT_RULES, r))
    rows: list[tuple[str, list[str]]] = [
        ("documents", [_n(r["documents"]) for r in results]),
        ("characters", [_n(r["characters"]) for r in results]),
        ("claims", [_n(r["claims"]) for r in results]),
    ]
    for rule in rules:
        rows.append((f"findings: {rule}", [_n(r["findings_by_rule"].get(rule, 0)) for r in results]))
    rows += [
        ("findings (error/warning/info)",
         ["/".join(str(r["summary"][k]) for k in ("error", "warning", "info")) for r in results]),
        ("seconds, audit_documents", [_n(r["seconds"]) for r in results]),
        ("  of which extraction", [_n(r["extract_seconds"]) for r in results]),
        ("  of which align + checks", [_n(r["seconds"] - r["extract_seconds"]) for r in results]),
        ("documents/second", [_n(r["documents"] / r["seconds"]) for r in results]),
        ("peak MB (max RSS)", [_n(r["peak_rss_mb"]) for r in results]),
        ("  RSS before audit MB", [_n(r["rss_before_audit_mb"]) for r in results]),
        ("(reading files, s)", [_n(r["read_seconds"]) for r in results]),
        ("(load average before/after)", [f"{r['load'][0]:.1f}/{r['load'][1]:.1f}" for r in results]),
    ]
    if any("parallel" in r for r in results):
        rows += [
            (f"seconds, extraction on {results[0]['parallel']['processes']} processes (dask)",
             [_n(r["parallel"]["seconds"]) for r in results]),
            ("  of which extraction", [_n(r["parallel"]["extract_seconds"]) for r in results]),
            ("  same findings as single", ["yes" if r["parallel"]["same_findings"] else "NO" for r in results]),
        ]
    ev = [r["evaluation"] for r in results]
    rows += [
        ("planted dissents", [f"{e['planted']}" for e in ev]),
        ("  expected to be flagged", [_n(e["expected"]) for e in ev]),
        ("  found", [_n(e["found"]) for e in ev]),
        ("  missed", [_n(e["missed"]) for e in ev]),
        ("  with more than one finding", [_n(e["duplicates"]) for e in ev]),
        ("  not expected / found anyway", [f"{e['not_expected']} / {e['not_expected_found']}" for e in ev]),
        ("wrong findings on planted facts", [_n(e["wrong"]) for e in ev]),
        ("extra error findings", [_n(e["extra_errors"]) for e in ev]),
    ]
    width = max(len(label) for label, _ in rows)
    cols = [max(len(_n(r["size"])), *(len(v[i]) for _, v in rows)) for i, r in enumerate(results)]
    print(f"{'':{width}}  " + "  ".join(f"{_n(r['size']):>{c}}" for r, c in zip(results, cols)))
    for label, values in rows:
        print(f"{label:{width}}  " + "  ".join(f"{v:>{c}}" for v, c in zip(values, cols)))


def verdicts(results: list[dict]) -> dict[str, bool]:
    ok_dissent = ok_extra = True
    for r in results:
        e = r["evaluation"]
        good = e["missed"] == 0 and e["duplicates"] == 0 and e["wrong"] == 0
        ok_dissent &= good
        ok_extra &= e["extra_errors"] == 0
        if not good or e["extra_errors"]:
            print(f"\n{r['size']:,} documents: {e['missed']} missed, {e['duplicates']} with more than one finding, "
                  f"{e['wrong']} wrong, {e['extra_errors']} extra error findings {e['extra_by_rule']}")
            for d in e["missed_examples"]:
                print(f"  missed: {d['document']}:{d['line']} {d['rule']} {d['fact']} true {d['true']}, "
                      f"stated {d['stated']}: {d['sentence']}")
            for message in e["wrong_examples"]:
                print(f"  wrong: {message}")
            for message in e["extra_examples"]:
                print(f"  extra: {message}")
    print()
    for r in results:
        why = r["evaluation"]["not_expected_why"]
        if why:
            print(f"{r['size']:,} documents, planted dissents not expected to be flagged: "
                  + "; ".join(f"{n} {w}" for w, n in why.items()))
    print()
    print(f"one finding per dissent: {'PASS' if ok_dissent else 'FAIL'}")
    print(f"no extra error findings: {'PASS' if ok_extra else 'FAIL'}")
    linear = True
    if len(results) > 1:
        small, large = results[0], results[-1]
        ratio = large["seconds"] / small["seconds"]
        size_ratio = large["size"] / small["size"]
        linear = ratio <= 1.5 * size_ratio
        print(f"time({large['size']})/time({small['size']}) = {ratio:.1f} for {size_ratio:g} x the documents "
              f"({size_ratio:g} is linear; at most {1.5 * size_ratio:g} passes)")
        print(f"linear growth: {'PASS' if linear else 'FAIL'}")
    else:
        print("linear growth: not measured (one size)")
    return {"one finding per dissent": ok_dissent, "no extra error findings": ok_extra, "linear growth": linear}


def print_profile(results: list[dict]) -> None:
    for r in results:
        p = r["profile"]
        print(f"\n{r['size']:,} documents, {r['claims']:,} claims: audit_documents under cProfile, "
              f"{p['total']:.1f} s")
        for title, key in (("by cumulative time", "by_cumtime"), ("by own time", "by_tottime")):
            print(f"  {title}:")
            for row in p[key]:
                print(f"    {row['cumtime']:8.2f} cum {row['tottime']:8.2f} own {row['calls']:>10,} calls  "
                      f"{row['where']}")


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.audit", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000], help="corpus sizes, in documents")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dissent-fraction", type=float, default=0.02)
    parser.add_argument("--keep", action="store_true", help="generate into bench/.out/ and keep the corpora")
    parser.add_argument("--parallel", type=int, default=0, metavar="N",
                        help="also time the audit with extraction on N processes (dask.bag)")
    parser.add_argument("--profile", action="store_true", help="cProfile each audit instead of timing it")
    parser.add_argument("--json", type=Path, help="write the results here")
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--result", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    if args.worker:
        return worker(args.worker, args.result, args.parallel, args.profile)

    sizes = sorted(set(args.sizes))
    results = []
    for size in sizes:
        print(f"bench.audit: {size:,} documents...", file=sys.stderr, flush=True)
        result = run_size(size, args)
        note = f" (generated in {result['generate_seconds']:.1f} s)" if result["generate_seconds"] else ""
        print(f"bench.audit: {size:,} documents: corpus {result['corpus']}{note}", file=sys.stderr, flush=True)
        results.append(result)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    if args.profile:
        print_profile(results)
        return 0
    print(f"audit_documents on generated corpora (seed {args.seed}, dissent fraction {args.dissent_fraction:g}), "
          f"one process per size, {os.cpu_count()} CPUs")
    busy = max(max(r["load"]) for r in results)
    if busy > (os.cpu_count() or 1):
        print(f"note: the 1-minute load average reached {busy:.1f} on {os.cpu_count()} CPUs during the runs; "
              "other processes shared the machine, so the times are high and noisy")
    print_table(results)
    return 0 if all(verdicts(results).values()) else 1


if __name__ == "__main__":
    sys.exit(main())
