"""Coverage-guided fuzzing of :func:`newsparse.parse_article` with atheris (libFuzzer).

Install the ``fuzz`` extra (``pip install -e '.[fuzz]'``), then run, for example::

    python fuzz/fuzz_atheris.py -max_total_time=3600 -max_len=200000 -timeout=10 fuzz/corpus

``fuzz/corpus`` (created if missing) collects the inputs that reached new code; copy a few pages
into it (``seeds/*.txt``, decompressed dev pages) to start from real markup. Each input is parsed as bytes and, decoded
leniently, as text; anything but an :class:`~newsparse.Article` that serialises or a
:class:`~newsparse.NewsparseError` is a crash, which libFuzzer saves as ``crash-*`` for
``tests/test_hostile.py``. libFuzzer's ``-timeout`` catches inputs that hang.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import newsparse
    from newsparse._decode import clean_text


def test_one_input(data: bytes) -> None:
    """Parse ``data`` as bytes and as text; raise on anything the contract does not allow."""
    for source in (data, data.decode("utf-8", "replace")):
        try:
            article = newsparse.parse_article(source)
        except newsparse.NewsparseError:
            continue
        article.to_json().encode("utf-8")
        for value in (article.title, article.description, *article.paragraphs):
            if value is not None and clean_text(value) != value:
                msg = f"a field keeps a character the decode policy removes: {value!r}"
                raise AssertionError(msg)


def main() -> None:
    """Hand the harness to libFuzzer with the command line's options."""
    corpus = [arg for arg in sys.argv[1:] if not arg.startswith("-")]
    for folder in corpus:
        Path(folder).mkdir(parents=True, exist_ok=True)
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
