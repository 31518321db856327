"""The instruction-count benchmark's arithmetic and its reading of cachegrind's report."""

from __future__ import annotations

import pytest
from benchmarks.instructions import per_parse, read_instructions

_REPORT = """\
dumps: 41
==26499== Cachegrind, a high-precision tracing profiler
==26499== Command: python -c ...
==26499==
==26499== I   refs:      4,413,085,377
"""


def test_the_report_gives_the_total_and_the_dump_count() -> None:
    assert read_instructions(_REPORT) == (4_413_085_377, 41)


def test_a_report_without_a_count_is_an_error() -> None:
    with pytest.raises(ValueError, match="no instruction count"):
        read_instructions("dumps: 41\n==1== error while loading\n")


def test_one_parse_is_the_extra_rounds_over_their_parses() -> None:
    # 2 rounds against 1 over 41 dumps: the difference is 41 parses.
    assert per_parse(4_413_085_377, 3_730_557_755, 2, 41) == pytest.approx(16_647_015.2, abs=1)
    # 201 rounds against 1 over one dump: 200 parses.
    assert per_parse(1_551_125_400, 1_205_070_215, 201, 1) == pytest.approx(1_730_275.9, abs=1)


def test_one_round_measures_nothing() -> None:
    with pytest.raises(ValueError, match="two rounds"):
        per_parse(10, 5, 1, 3)
