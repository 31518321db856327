"""Fuzz harnesses for newsparse (see docs/robustness.rst)."""
