"""Benchmarks of the build and the queries: ``python -m benchmarks`` (``make bench``).

Not part of the test suite: ``generator`` makes realistic corpora of any size from
the real documents of ``corpus/``; ``run`` builds them, queries them, compares with
an rdflib-only baseline, and writes the numbers to ``build/bench.json``.
"""
