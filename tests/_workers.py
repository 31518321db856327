"""Functions for worker processes in the batch tests; they must be importable by name."""

import os


def square_or_die(item: int) -> int | str:
    """Return ``item`` squared, but kill the worker process outright on -1."""
    if item == -1:
        os._exit(3)
    return item * item


def died(item: int) -> str:
    return f"died on {item}"
