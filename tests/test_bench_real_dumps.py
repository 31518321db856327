"""The scorer of ``benchmarks/real_dumps.py`` on a hand-made two-dump example.

The real dumps are third-party text kept outside the repository (CI does not have them), so these
tests exercise the loader and the scoring rules on two tiny dumps written here, with a stand-in
parser whose output is fixed by hand: the numbers asserted follow from the rules, not from what
newsparse happens to return today.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest
from benchmarks import real_dumps
from benchmarks.real_dumps import (
    FIELDS,
    Gold,
    GoldCaption,
    load_gold,
    load_manifest,
    published_matches,
    resolve_dir,
    score_article,
    score_dumps,
    summarise,
)

from newsparse import Article, Caption, NotAnArticleError

WIB = dt.timezone(dt.timedelta(hours=7))

TEXT_A = "Judul Berita\n\nJAKARTA, KOMPAS.com - Paragraf satu.\n\nParagraf dua.\n"
TEXT_B = "CITY (Agency) - Only paragraph.\n\n(Reporting by Jane Roe; Editing by John Doe)\n"

GOLD_A = {
    "id": "a",
    "title": "Judul Berita",
    "authors": [],
    "published": "2023-09-14T11:22:00+07:00",
    "dateline": "JAKARTA, KOMPAS.com",
    "captions": [{"text": "Foto satu", "credit": "ANTARA/Fulan"}],
    "first_paragraph": "Paragraf satu.",
    "last_paragraph": "Paragraf dua.",
    "paragraph_count": 2,
    "notes": "",
}
GOLD_B = {
    "id": "b",
    "title": None,
    "authors": ["Jane Roe"],
    "published": "2014-12-30",
    "dateline": "CITY (Agency)",
    "captions": [],
    "first_paragraph": "Only paragraph.",
    "last_paragraph": "Only paragraph.",
    "paragraph_count": 1,
    "notes": "",
    "unlabelled": ["published"],
}

#: What the stand-in parser returns: right in every field of dump "a"; for dump "b" it takes the
#: first paragraph as the title, misses the author, keeps the dateline glued to the paragraph and
#: reads the credit line as a second paragraph.
ARTICLE_A = Article(
    title="Judul  Berita",
    authors=(),
    published=dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB),
    dateline="JAKARTA, KOMPAS.com",
    captions=(Caption(text="Foto satu", credit="ANTARA/Fulan"),),
    paragraphs=("Paragraf satu.", "Paragraf dua."),
)
ARTICLE_B = Article(
    title="CITY (Agency) - Only paragraph.",
    authors=(),
    published=None,
    dateline="CITY",
    paragraphs=("CITY (Agency) - Only paragraph.", "(Reporting by Jane Roe; Editing by John Doe)"),
)


def _write_set(tmp_path: Path) -> tuple[Path, Path, Path]:
    texts = tmp_path / "texts"
    texts.mkdir()
    manifest_lines = []
    for dump_id, text, language in (("a", TEXT_A, "id"), ("b", TEXT_B, "en")):
        raw = text.encode("utf-8")
        (texts / f"{dump_id}.txt").write_bytes(raw)
        manifest_lines.append(
            json.dumps(
                {
                    "id": dump_id,
                    "repo": "owner/repo",
                    "path": f"{dump_id}.txt",
                    "commit": "0" * 40,
                    "licence": "MIT",
                    "language": language,
                    "layout": "body-only",
                    "sha256": hashlib.sha256(raw).hexdigest(),
                }
            )
        )
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text("\n".join(manifest_lines) + "\n", encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(GOLD_A) + "\n" + json.dumps(GOLD_B) + "\n", encoding="utf-8")
    return texts, manifest, gold


def _stand_in(text: str) -> Article:
    return ARTICLE_A if text == TEXT_A else ARTICLE_B


def test_two_dumps_are_scored_field_by_field(tmp_path: Path) -> None:
    texts, manifest_path, gold_path = _write_set(tmp_path)
    manifest, golds = load_manifest(manifest_path), load_gold(gold_path)
    scores = {s.id: s for s in score_dumps(texts, manifest, golds, parse=_stand_in)}

    assert scores["a"].error is None
    assert scores["a"].fields == dict.fromkeys(FIELDS, True)
    assert scores["a"].all_right

    b = scores["b"]
    assert "published" not in b.fields  # unlabelled in the gold, so not scored
    assert b.fields == {
        "title": False,
        "authors": False,
        "dateline": False,
        "captions": True,
        "first_paragraph": False,
        "last_paragraph": False,
        "paragraph_count": False,
    }
    assert not b.all_right

    total = summarise(list(scores.values()))
    assert total.dumps == 2
    assert total.fields_labelled == 8 + 7
    assert total.fields_right == 8 + 1
    assert total.field_share == pytest.approx(9 / 15)
    assert total.all_right == 1
    assert total.field_labelled["published"] == 1
    assert total.field_right["captions"] == 2


def test_errors_are_reported_not_raised(tmp_path: Path) -> None:
    texts, manifest_path, gold_path = _write_set(tmp_path)
    manifest, golds = load_manifest(manifest_path), load_gold(gold_path)
    (texts / "a.txt").write_text(TEXT_A + "edited\n", encoding="utf-8")
    (texts / "b.txt").unlink()
    scores = {s.id: s for s in score_dumps(texts, manifest, golds, parse=_stand_in)}
    assert scores["a"].error == "text differs from the recorded SHA-256"
    assert scores["b"].error is not None
    assert scores["b"].error.startswith("missing file")
    assert not any(scores["a"].fields.values())
    assert summarise(list(scores.values())).errors == 2


def test_a_rejected_dump_counts_as_all_wrong(tmp_path: Path) -> None:
    texts, manifest_path, gold_path = _write_set(tmp_path)

    def rejecting(text: str) -> Article:
        raise NotAnArticleError("no article here")

    scores = score_dumps(texts, load_manifest(manifest_path), load_gold(gold_path), parse=rejecting)
    assert [s.error for s in scores] == ["NotAnArticleError: no article here"] * 2
    assert summarise(scores).fields_right == 0


def test_published_is_compared_at_the_gold_precision() -> None:
    wib = dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB)
    assert published_matches("2023-09-14", dt.date(2023, 9, 14))
    assert published_matches("2023-09-14", wib)
    assert not published_matches("2023-09-15", wib)
    assert published_matches("2023-09-14T11:22:00+07:00", wib)
    assert not published_matches("2023-09-14T11:22:00+07:00", wib.replace(tzinfo=None))
    assert not published_matches("2023-09-14T11:22:00+07:00", wib.astimezone(dt.timezone.utc))
    assert published_matches("2023-09-14T11:22:00", dt.datetime(2023, 9, 14, 11, 22, 59))
    assert not published_matches("2023-09-14T11:22:00", wib)
    assert not published_matches("2023-09-14T11:22:00", dt.date(2023, 9, 14))
    assert not published_matches("2020-08-20T12:40:37+08:00", dt.datetime(2020, 8, 20, 12, 40))
    assert published_matches(None, None)
    assert not published_matches(None, dt.date(2023, 9, 14))
    assert not published_matches("2023-09-14", None)


def test_authors_compare_as_sets_of_normalised_names() -> None:
    gold = Gold(
        id="x",
        title=None,
        authors=("Dean Yates", "Robert Birsel"),
        published=None,
        dateline=None,
        captions=(GoldCaption(text="A caption", credit=None),),
        first_paragraph="p",
        last_paragraph="p",
        paragraph_count=1,
    )
    right = Article(
        authors=("robert birsel", "By Dean Yates"),
        captions=(Caption(text="A  caption"),),
        paragraphs=("p",),
    )
    assert score_article(right, gold)["authors"]
    assert score_article(right, gold)["captions"]
    wrong = Article(authors=("Dean Yates",), captions=(Caption(text="A caption", credit="X"),))
    result = score_article(wrong, gold)
    assert not result["authors"]
    assert not result["captions"]
    assert not result["first_paragraph"]  # no paragraphs at all


def test_bad_gold_lines_are_rejected(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(GOLD_A) + "\n" + json.dumps(GOLD_A) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="appears twice"):
        load_gold(path)
    path.write_text(json.dumps({**GOLD_A, "unlabelled": ["body"]}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown fields"):
        load_gold(path)
    path.write_text("[1, 2]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="JSON object"):
        load_gold(path)


def test_the_directory_comes_from_the_argument_then_the_environment(tmp_path: Path) -> None:
    assert resolve_dir(str(tmp_path), {"NEWSPARSE_REAL_DUMPS": "/elsewhere"}) == tmp_path
    assert resolve_dir(None, {"NEWSPARSE_REAL_DUMPS": str(tmp_path)}) == tmp_path
    assert resolve_dir(None, {}) == real_dumps.DEFAULT_DIR


def test_missing_texts_skip_cleanly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert real_dumps.main([str(tmp_path / "absent")]) == 0
    assert "skipped" in capsys.readouterr().err


@pytest.mark.parametrize("name", sorted(real_dumps.SETS))
def test_the_committed_gold_and_manifest_agree(name: str) -> None:
    chosen = real_dumps.SETS[name]
    manifest, golds = load_manifest(chosen.manifest), load_gold(chosen.gold)
    assert set(manifest) == set(golds)
    for entry in manifest.values():
        assert entry.language in {"en", "id", "ms"}
        assert len(entry.commit) == 40
        assert len(entry.sha256) == 64
    for gold in golds.values():
        assert gold.paragraph_count >= 1
        assert gold.first_paragraph.strip()
        assert gold.last_paragraph.strip()
        if gold.published is not None:
            assert published_matches(gold.published, _as_value(gold.published))


def _as_value(text: str) -> dt.date:
    return dt.datetime.fromisoformat(text) if "T" in text else dt.date.fromisoformat(text)


def test_each_set_has_its_own_directory_and_variable(tmp_path: Path) -> None:
    tune = real_dumps.SETS["tune"]
    assert tune.env == "NEWSPARSE_REAL_DUMPS_TUNE"
    assert resolve_dir(None, {}, dump_set="tune") == tune.default_dir != real_dumps.DEFAULT_DIR
    # the held-out variable does not point the tune set at the held-out texts
    assert resolve_dir(None, {"NEWSPARSE_REAL_DUMPS": "/held"}, dump_set="tune") == tune.default_dir
    assert resolve_dir(None, {tune.env: str(tmp_path)}, dump_set="tune") == tmp_path


def test_the_tune_set_shares_no_repository_with_the_held_out_set() -> None:
    held = load_manifest(real_dumps.SETS["held-out"].manifest)
    tune = load_manifest(real_dumps.SETS["tune"].manifest)
    assert {e.repo for e in held.values()}.isdisjoint({e.repo for e in tune.values()})
    assert set(held).isdisjoint(tune)
    assert set(tune) == set(load_gold(real_dumps.SETS["tune"].gold))
    assert len(tune) >= 25


def test_the_set_option_scores_the_tune_set(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert real_dumps.main([str(tmp_path / "absent"), "--set", "tune"]) == 0
    assert "NEWSPARSE_REAL_DUMPS_TUNE" in capsys.readouterr().err
