"""The field-loss fuzzer (``fuzz/keep.py``): harmless changes to the built-in pages lose nothing."""

import random

import pytest
from fuzz.keep import CHANGES, changed_copy, check
from fuzz.mutate import _BUILT_IN

from .conftest import SEED

PAGES = [page.decode("utf-8") for page in _BUILT_IN] + [SEED.read_text(encoding="utf-8")]


@pytest.mark.parametrize("change", sorted(CHANGES))
@pytest.mark.parametrize("index", range(len(PAGES)))
def test_a_harmless_change_keeps_every_field(change: str, index: int) -> None:
    for draw in range(3):
        result = check(PAGES[index], change, random.Random(f"{change}/{index}/{draw}"))
        if result is not None:
            lost, _ = result
            assert lost == []


def test_the_changes_are_harmless_to_a_reader() -> None:
    page = PAGES[0]
    rng = random.Random(1)
    assert changed_copy(page, "crlf", rng) == page.replace("\n", "\r\n")
    entities = changed_copy(page, "entities", rng)
    assert entities is not None
    assert "&#" in entities
    script = page[page.index("<script") : page.index("</script>")]
    assert script in entities  # (tags, and scripts with their JSON, are left whole)
    assert changed_copy(SEED.read_text(encoding="utf-8"), "div", rng) is None  # not markup
