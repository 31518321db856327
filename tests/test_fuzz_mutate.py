"""The mutation fuzzer (``fuzz/mutate.py``) keeps the input it is checking while it checks it."""

from pathlib import Path
from typing import Any

import pytest
from fuzz import mutate


def test_the_input_being_checked_is_on_disk_until_its_check_ends(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[bytes, str]] = []

    def check(data: bytes, options: dict[str, Any] | None = None, text: str | None = None) -> None:
        # What a stall would leave behind if the run were stopped here.
        kept = (tmp_path / "current-7.bin").read_bytes()
        note = (tmp_path / "current-7.txt").read_text(encoding="utf-8")
        seen.append((kept, note))
        assert kept == data
        assert f"options of the bytes parse: {options!r:.500}" in note
        if len(seen) == 3:
            raise KeyboardInterrupt  # (the run is stopped on its third input)

    monkeypatch.setattr(mutate, "_pages", lambda limit: list(mutate._BUILT_IN))
    monkeypatch.setattr(mutate, "check", check)
    with pytest.raises(KeyboardInterrupt):
        mutate.main(["--seconds", "60", "--seed", "7", "--out", str(tmp_path)])
    assert len(seen) == 3
    assert (tmp_path / "current-7.bin").read_bytes() == seen[-1][0]  # the stuck input stays
    assert seen[-1][1].startswith("input 3\n")


def test_a_finished_check_leaves_only_its_findings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = iter(["broke the contract", None, None, None, None])

    def check(data: bytes, options: dict[str, Any] | None = None, text: str | None = None) -> Any:
        return next(calls, None)

    monkeypatch.setattr(mutate, "_pages", lambda limit: list(mutate._BUILT_IN))
    monkeypatch.setattr(mutate, "check", check)
    assert mutate.main(["--seconds", "0.2", "--seed", "3", "--out", str(tmp_path)]) == 1
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "finding-3-1.bin",
        "finding-3-1.txt",
    ]
    assert (
        (tmp_path / "finding-3-1.txt")
        .read_text(encoding="utf-8")
        .startswith("broke the contract\n")
    )
