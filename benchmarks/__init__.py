"""The newsparse benchmark harness: data sets, peer adapters, scoring and the runner.

Run it with ``python -m benchmarks.run`` from the repository root; see ``benchmarks/README.md``.
Nothing in here is imported by the ``newsparse`` package itself.
"""
