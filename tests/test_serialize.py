import datetime as dt
import json

import attrs
import pytest

import newsparse
from newsparse import Article, Caption
from newsparse.serialize import (
    SerializationError,
    from_dict,
    to_dict,
    to_json,
    to_markdown,
    to_text,
)
from tests.conftest import SEED

WIB = dt.timezone(dt.timedelta(hours=7))
ARTICLE = Article(
    title="Judul",
    authors=("Ani", "Budi"),
    published=dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB),
    modified=dt.date(2023, 9, 15),
    dateline="JAKARTA",
    tags=("a", "b"),
    paragraphs=("Satu.", "Dua."),
    captions=(Caption(text="Foto kota", credit="ist"),),
)


def test_to_dict_key_order_and_values() -> None:
    data = to_dict(ARTICLE)
    assert list(data) == [
        "title", "authors", "published", "modified", "dateline", "site_name", "section", "language", "url",
        "description", "image", "tags", "paragraphs", "captions", "warnings",
    ]  # fmt: skip
    assert data["published"] == "2023-09-14T11:22:00+07:00"
    assert data["modified"] == "2023-09-15"
    assert data["authors"] == ["Ani", "Budi"]
    assert data["captions"] == [{"text": "Foto kota", "credit": "ist", "image_url": None}]


def test_round_trips() -> None:
    assert from_dict(to_dict(ARTICLE)) == ARTICLE
    assert from_dict(json.loads(to_json(ARTICLE))) == ARTICLE
    assert Article.from_dict(ARTICLE.to_dict()) == ARTICLE
    assert json.loads(ARTICLE.to_json(indent=None)) == to_dict(ARTICLE)


def test_naive_and_date_only_stay_apart() -> None:
    naive = Article(published=dt.datetime(2023, 9, 14, 0, 0))
    day = Article(published=dt.date(2023, 9, 14))
    assert to_dict(naive)["published"] == "2023-09-14T00:00:00"
    assert to_dict(day)["published"] == "2023-09-14"
    assert type(from_dict(to_dict(day)).published) is dt.date
    assert type(from_dict(to_dict(naive)).published) is dt.datetime


@pytest.mark.parametrize(
    "data",
    [
        {"title": 3},
        {"authors": "Ani"},
        {"published": "14 September"},
        {"published": 20230914},
        {"captions": [{"credit": "ist"}]},
        {"captions": "x"},
    ],
)
def test_from_dict_rejects_bad_values(data: dict[str, object]) -> None:
    with pytest.raises(SerializationError):
        from_dict(data)


def test_text_and_markdown_renderings() -> None:
    assert to_text(ARTICLE) == (
        "Judul\n\nOleh: Ani, Budi\n\n2023-09-14T11:22:00+07:00\n\nJAKARTA -\n\n"
        "Foto kota [ist]\n\nSatu.\n\nDua.\n\nTags: a, b\n"
    )
    markdown = to_markdown(ARTICLE)
    assert markdown.startswith("# Judul\n\n*By Ani, Budi · 2023-09-14T11:22:00+07:00 · JAKARTA*")
    assert "> Foto kota (ist)" in markdown


def test_article_is_frozen_and_hashable() -> None:
    with pytest.raises(AttributeError):
        ARTICLE.title = "x"  # type: ignore[misc]
    assert hash(ARTICLE) == hash(from_dict(to_dict(ARTICLE)))
    assert ARTICLE.text == "Satu.\n\nDua."
    assert Article(authors=["x"]).authors == ("x",)


def test_a_bad_date_in_a_record_is_quoted_by_an_excerpt() -> None:
    # A short value is quoted whole; a megabyte's is quoted by its first 80 characters and its
    # length (the message quoted it whole).
    with pytest.raises(SerializationError, match=r"published .*: '2024-13-45'$"):
        from_dict({"published": "2024-13-45"})
    with pytest.raises(SerializationError) as caught:
        from_dict({"published": "x" * 1_000_000})
    message = str(caught.value)
    assert len(message) < 200
    assert message.endswith(f"{'x' * 80!r}... (1,000,000 characters)")


@pytest.mark.parametrize(
    "value",
    ["1" * 5000, "11111111", "2024-05-03T15", "2024-05-03T15:47:42.3", "2024-05-03garbage"],
)
def test_from_dict_reads_only_iso_dates_as_isoformat_writes_them(value: str) -> None:
    # (Python 3.11's fromisoformat reads "1" * 5000 as a date in the year 1111.)
    with pytest.raises(SerializationError, match="published"):
        from_dict({"published": value})


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-05-03", dt.date(2024, 5, 3)),
        ("2024-05-03T15:47", dt.datetime(2024, 5, 3, 15, 47)),
        ("2024-05-03 15:47:42", dt.datetime(2024, 5, 3, 15, 47, 42)),
        (
            "2024-05-03T15:47:42.389000+07:00",
            dt.datetime(2024, 5, 3, 15, 47, 42, 389000, dt.timezone(dt.timedelta(hours=7))),
        ),
    ],
)
def test_from_dict_reads_what_isoformat_writes(value: str, expected: dt.date) -> None:
    assert from_dict({"published": value}).published == expected


@pytest.mark.parametrize(
    "data",
    [
        {"title": "Harbour \ud800 reopens"},
        {"paragraphs": ["Fine.", "Not \udfff fine."]},
        {"captions": [{"text": "A ship.", "credit": "\ud83d"}]},
    ],
)
def test_from_dict_refuses_lone_surrogates(data: dict[str, object]) -> None:
    # A lone surrogate is no text: to_json's output could not be written as UTF-8.
    with pytest.raises(SerializationError, match="surrogate"):
        from_dict(data)


def test_markdown_escapes_what_markdown_would_read_as_markup() -> None:
    # A paragraph opening with "#" or "1." rendered as a heading or a list, "*...*" as emphasis,
    # and a "<script>" in a page's text as raw HTML (audit33).
    article = Article(
        title="C# 12 *ships* [today]",
        authors=("Jane_Doe",),
        paragraphs=(
            "# not a heading",
            "1. not a list",
            "Tags <script>alert(1)</script> stay text.",
        ),
        captions=(Caption(text="Port [left]", credit="A_B", image_url="https://e.com/a (1).jpg"),),
    )
    assert to_markdown(article) == (
        "# C# 12 \\*ships\\* \\[today\\]\n\n"
        "*By Jane\\_Doe*\n\n"
        "![](https://e.com/a%20%281%29.jpg)\n> Port \\[left\\] (A\\_B)\n\n"
        "\\# not a heading\n\n"
        "1\\. not a list\n\n"
        "Tags \\<script\\>alert(1)\\</script\\> stay text.\n"
    )
    markdown_it = pytest.importorskip("markdown_it")
    rendered = markdown_it.MarkdownIt("commonmark").render(to_markdown(article))
    assert "<script>" not in rendered
    assert "<p># not a heading</p>" in rendered
    assert "<p>1. not a list</p>" in rendered


def test_the_text_and_markdown_renderings_read_back() -> None:
    # newsparse reads what it writes: the seed's article through either rendering keeps its
    # title, writer, date, dateline, captions and paragraphs (the Markdown's writer was lost: its
    # byline is set in emphasis with the date after a middle dot; its dateline, the place after
    # the date, was lost too).
    article = newsparse.parse_file(SEED)
    for rendered in (to_text(article), to_markdown(article)):
        again = newsparse.parse_article(rendered)
        assert (
            again.title
            == article.title
            == ("Di Hadapan Putin, Kim Jong Un Pastikan Korea Utara Dukung Rusia")
        )
        assert again.authors == article.authors == ("Binsar",)
        assert again.published == article.published == dt.datetime(2023, 9, 14, 11, 22)
        assert again.dateline == article.dateline == "MDN"
        assert again.captions == article.captions
        assert again.paragraphs == article.paragraphs


@pytest.mark.parametrize("credit", ["Ana Lima", "Reuters/Ana Lima", "ist", "AP Photo/Jane Roe"])
def test_a_caption_s_credit_reads_back_from_markdown_whatever_it_names(credit: str) -> None:
    # to_markdown writes a caption as a quoted line closing with its credit in brackets; a
    # person's name there read as a paragraph (the quote mark was gone when the credit was read).
    article = newsparse.parse_file(SEED)
    caption = attrs.evolve(article.captions[0], credit=credit)
    again = newsparse.parse_article(to_markdown(attrs.evolve(article, captions=(caption,))))
    assert again.captions == (caption,)
    assert again.paragraphs == article.paragraphs


def test_a_quoted_line_inside_the_text_stays_text_with_its_bracket() -> None:
    # Only a quoted line over the story is a caption: a pull quote among the paragraphs is not.
    text = (
        "# Harbour reopens after the storm\n\n"
        "*By Jane Roe · 2023-09-14T11:22:00*\n\n"
        "The harbour reopened on Thursday after three days of repairs to the quay.\n\n"
        "> We never thought the quay would hold through the whole storm (Ana Lima)\n\n"
        "Fishing boats were the first to leave, followed by the morning ferry.\n"
    )
    article = newsparse.parse_article(text)
    assert article.captions == ()
    assert article.paragraphs[1] == (
        "We never thought the quay would hold through the whole storm (Ana Lima)"
    )


@pytest.mark.parametrize(
    ("meta", "dateline"),
    [
        ("*By Jane Roe · 2023-09-14T11:22:00 · JAKARTA*", "JAKARTA"),
        ("*By Jane Roe · 2023-09-14T11:22:00 · WASHINGTON (AP)*", "WASHINGTON (AP)"),
        # A reading time is no place; a date with no byline before it is not this line.
        ("*By Jane Roe · 2023-09-14T11:22:00 · 3 min read*", None),
        ("*By Jane Roe · 2023-09-14T11:22:00*", None),
    ],
)
def test_markdown_s_meta_line_gives_the_place_after_the_date_as_dateline(
    meta: str, dateline: str | None
) -> None:
    text = (
        "# Harbour reopens after the storm\n\n"
        f"{meta}\n\n"
        "The harbour reopened on Thursday after three days of repairs to the quay.\n\n"
        "Fishing boats were the first to leave, followed by the morning ferry.\n"
    )
    article = newsparse.parse_article(text)
    assert article.authors == ("Jane Roe",)
    assert article.published == dt.datetime(2023, 9, 14, 11, 22)
    assert article.dateline == dateline
