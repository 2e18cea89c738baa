"""Benchmarks for factcheck; run them as modules, e.g. ``python -m bench.extraction``.

See ``bench/README.md``.
"""
