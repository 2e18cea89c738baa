"""Extraction speed: characters per second and peak memory of ``factcheck.extract``.

Two workloads, as in issue #2 and ``../shared/benchmarks/README.md`` ("Peer speed"):

(a) suites
    Every text of the benchmark suites in ``../shared/benchmarks/*.jsonl``, one call
    each: many short sentences, so per-call overhead counts as much as per-character
    cost.
(b) corpus
    The five documents of ``../shared/corpus`` concatenated and repeated to about
    2 MB, split into paragraphs at blank lines, one call per paragraph (with the
    document's publication date from the manifest). quantulum3 (without its
    classifier, as in the published run) is timed on a sample of these paragraphs,
    and factcheck on the same sample, for the speed ratio.

Times cover only the calls, after a warm-up: the best of ``--repeat`` passes for (a),
one pass for (b) (``--corpus-repeat``). The claims are kept until a pass ends. Peak
memory: ``tracemalloc``'s peak of Python allocations, in a separate untimed pass
(over all of (a), over the first ``--traced`` characters of (b), since tracing slows
the calls), and the process's maximum resident size (``ru_maxrss``, imports
included) after each workload.

Usage (from the project root)::

    python -m bench.speed                  # both workloads and the quantulum3 ratio (< 1 min)
    python -m bench.speed --no-quantulum3  # skip quantulum3
    python -m bench.speed --size 500000 --repeat 3 --corpus-repeat 2
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
import tracemalloc
import warnings
from pathlib import Path
from typing import Callable, Optional

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def _extract() -> Callable:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from factcheck import extract

    return extract


def suite_texts(benchmarks: Path) -> list[str]:
    texts: list[str] = []
    for path in sorted(benchmarks.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            texts.extend(json.loads(line)["text"] for line in handle if line.strip())
    return texts


def corpus_paragraphs(corpus: Path, size: int) -> list[tuple[str, Optional[str]]]:
    """(paragraph, published ISO date or None), the corpus repeated to at least `size` characters."""
    published: dict[str, str] = {}
    manifest = corpus / "manifest.yaml"
    if manifest.exists():
        from ruamel.yaml import YAML

        data = YAML(typ="safe").load(manifest.read_text(encoding="utf-8")) or {}
        for doc in data.get("documents", []):
            if doc.get("published") is not None:
                published[doc["file"]] = str(doc["published"])
    documents = [(p.read_text(encoding="utf-8"), published.get(p.name)) for p in sorted(corpus.glob("*.txt"))]
    once = [(para.strip(), date) for text, date in documents for para in text.split("\n\n") if para.strip()]
    if not once:
        return []
    paragraphs: list[tuple[str, Optional[str]]] = []
    total = 0
    while total < size:
        for para, date in once:
            paragraphs.append((para, date))
            total += len(para)
    return paragraphs


def timed(run: Callable[[], None], repeat: int) -> float:
    best = float("inf")
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def peak_traced(run: Callable[[], None]) -> int:
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def prefix(paragraphs: list[tuple[str, Optional[str]]], size: int) -> list[tuple[str, Optional[str]]]:
    """The first paragraphs, up to about `size` characters."""
    out, total = [], 0
    for para, date in paragraphs:
        if total >= size:
            break
        out.append((para, date))
        total += len(para)
    return out


def maxrss() -> int:
    """The process's peak resident size so far, in bytes (ru_maxrss is in kilobytes on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def rate(chars: int, seconds: float) -> str:
    value = chars / seconds if seconds > 0 else float("inf")
    return f"{value / 1e6:.2f} M" if value >= 1e6 else f"{value / 1e3:.1f} k"


def mb(n: float) -> str:
    return f"{n / 1e6:.1f} MB"


def load_quantulum3() -> Optional[Callable[[str], object]]:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import classifier, parser

            classifier.USE_CLF = False
            parser.parse("It is 2 metres long and costs $5.")
        return parser.parse
    except Exception as exc:  # optional: the [bench] extra
        print(f"quantulum3: not available ({type(exc).__name__}: {exc})")
        return None


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=SHARED, help="folder holding benchmarks/ and corpus/")
    ap.add_argument("--size", type=int, default=2_000_000, help="characters of repeated corpus (default 2 MB)")
    ap.add_argument("--repeat", type=int, default=2, help="timed passes over (a); the best counts (default 2)")
    ap.add_argument("--corpus-repeat", type=int, default=1, help="timed passes over (b) (default 1)")
    ap.add_argument("--traced", type=int, default=200_000, help="characters of (b) for the tracemalloc pass")
    ap.add_argument("--sample", type=int, default=60_000, help="characters of corpus paragraphs for the ratio")
    ap.add_argument("--no-quantulum3", action="store_true")
    args = ap.parse_args(argv)

    start = time.perf_counter()
    extract = _extract()
    extract("In 2010, about 1,234 people paid $5 million, up 3%.")
    print(f"factcheck: load {time.perf_counter() - start:.2f} s (import + first call)")

    # (a) the benchmark suites' texts
    benchmarks = args.shared / "benchmarks"
    texts = suite_texts(benchmarks) if benchmarks.is_dir() else []
    if texts:
        chars = sum(map(len, texts))

        def run_suites() -> None:
            kept = [extract(text) for text in texts]  # kept, so peak memory includes the claims
            del kept

        run_suites()  # warm-up
        seconds = timed(run_suites, args.repeat)
        peak = peak_traced(run_suites)
        print(f"(a) suites: {len(texts)} texts, {chars:,} chars: {rate(chars, seconds)} chars/s "
              f"({seconds * 1e3 / len(texts):.3f} ms/text), peak traced {mb(peak)}, process peak {mb(maxrss())}")
    else:
        print(f"(a) suites: skipped: no benchmark suites in {benchmarks}")

    # (b) the real corpus, repeated, by paragraph
    corpus = args.shared / "corpus"
    paragraphs = corpus_paragraphs(corpus, args.size) if corpus.is_dir() else []
    if not paragraphs:
        print(f"(b) corpus: skipped: no corpus in {corpus}")
    else:
        chars = sum(len(p) for p, _ in paragraphs)

        def run_corpus(items=paragraphs) -> None:
            kept = [extract(para, published=date) for para, date in items]
            del kept

        run_corpus(paragraphs[:200])  # warm-up
        seconds = timed(run_corpus, args.corpus_repeat)
        process_peak = maxrss()
        head = prefix(paragraphs, args.traced)
        peak = peak_traced(lambda: run_corpus(head))
        print(f"(b) corpus: {len(paragraphs)} paragraphs, {chars:,} chars: {rate(chars, seconds)} chars/s "
              f"({seconds:.2f} s), peak traced {mb(peak)} (first {sum(len(p) for p, _ in head):,} chars), "
              f"process peak {mb(process_peak)}")

        # quantulum3 and factcheck on the same sample of (b)
        parse = None if args.no_quantulum3 else load_quantulum3()
        if parse is not None:
            sample = prefix(paragraphs, args.sample)
            total = sum(len(p) for p, _ in sample)

            def run_q3() -> None:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    for para, _ in sample:
                        parse(para)

            q3 = timed(run_q3, 1)
            fc = timed(lambda: run_corpus(sample), args.repeat)
            print(f"    sample of {total:,} chars: factcheck {rate(total, fc)} chars/s, "
                  f"quantulum3 {rate(total, q3)} chars/s: ratio {q3 / fc:.1f}x (target >= 20x)")

    print(f"process peak resident size (imports included): {mb(maxrss())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
