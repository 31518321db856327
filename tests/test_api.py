import datetime as dt
import re
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import (
    Article,
    DecodeError,
    EmptyInputError,
    InputTooLargeError,
    NewsparseError,
    NotAnArticleError,
    SourceReadError,
    dates,
)
from newsparse._api import (
    _CLEANED_FIELDS,
    _KINDS,
    _PLAIN_OPTIONS,
    MAX_INPUT_CHARS,
    _clean,
    _cleans,
    _finish,
    _nothing_to_clean,
)
from newsparse._normalize import dates as shared
from newsparse._options import Options
from newsparse.model import Caption


def test_public_names() -> None:
    assert set(newsparse.__all__) >= {
        "parse_article",
        "parse_file",
        "Article",
        "Caption",
        "NewsparseError",
    }
    assert newsparse.__version__[0].isdigit()


@pytest.mark.parametrize(
    "source", ["", "   \n\t", "\u00a0\u200b\n", b"", b"\xef\xbb\xbf", b"\xef\xbb\xbf  \n"]
)
def test_empty_input_is_an_error(source: str | bytes) -> None:
    with pytest.raises(EmptyInputError, match="empty"):
        newsparse.parse_article(source)


def test_errors_are_newsparse_errors_and_builtins() -> None:
    assert issubclass(EmptyInputError, NewsparseError)
    assert issubclass(EmptyInputError, ValueError)
    assert issubclass(DecodeError, ValueError)
    assert issubclass(NotAnArticleError, ValueError)
    assert issubclass(SourceReadError, OSError)


def test_bad_arguments_are_type_errors() -> None:
    with pytest.raises(TypeError, match=r"str or bytes, not int$"):
        newsparse.parse_article(42)  # type: ignore[arg-type]
    # A path is not the page: the message says which function reads one.
    with pytest.raises(TypeError, match=r"not PosixPath|not WindowsPath") as caught:
        newsparse.parse_article(Path("a.txt"))  # type: ignore[arg-type]
    assert str(caught.value).endswith("; to read a file, call parse_file(path)")
    with pytest.raises(
        TypeError, match=r"not str \(a zone such as zoneinfo\.ZoneInfo\('Asia/Jakarta'\)"
    ):
        newsparse.parse_article("x", default_timezone="Asia/Jakarta")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="kind"):
        newsparse.parse_article("x", kind="pdf")  # type: ignore[arg-type]


def test_calls_giving_only_a_kind_share_its_plain_options() -> None:
    # The options built at import for a call that gives no option but the kind are the ones
    # such a call would build, one for each kind there is.
    assert tuple(_PLAIN_OPTIONS) == _KINDS
    for kind, options in _PLAIN_OPTIONS.items():
        assert options == Options(kind=kind)  # type: ignore[arg-type]
    # A kind that is no str, or no plain str, is checked as before (and not looked up).
    with pytest.raises(TypeError, match=r"^kind must be one of"):
        newsparse.parse_article("x", kind=["text"])  # type: ignore[arg-type]

    class Kind(str):
        __slots__ = ()

    dump = "Storm over the port\n\nShips queued for hours to enter the port on Monday.\n"
    subclassed = newsparse.parse_article(dump, kind=Kind("text"))  # type: ignore[arg-type]
    assert subclassed == newsparse.parse_article(dump, kind="text")


def test_options_beside_the_kind_are_still_used() -> None:
    # Any option given besides the kind takes the full path: each reaches the article.
    dump = "Storm over the port\n\n6 May 2024 10:00\n\nShips queued for hours to enter.\n"
    zone = dt.timezone(dt.timedelta(hours=7))
    url = "https://example.com/news/storm"
    assert newsparse.parse_article(dump, kind="text", url=url).url == url
    article = newsparse.parse_article(dump, kind="text", default_timezone=zone)
    assert article.published == dt.datetime(2024, 5, 6, 10, 0, tzinfo=zone)
    assert newsparse.parse_article(dump, kind="text").published == dt.datetime(2024, 5, 6, 10, 0)
    raw = "Caf\u00e9 owners meet\n\nThe caf\u00e9 owners of the port met on Monday.\n"
    article = newsparse.parse_article(raw.encode("utf-16"), kind="text", encoding="utf-16")
    assert article.title == "Caf\u00e9 owners meet"


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("url", 1),
        ("url", b"https://example-news.id/a"),
        ("url", ["https://example-news.id/a"]),
        ("encoding", 1),
        ("encoding", b"utf-8"),
        ("default_timezone", "UTC"),
        ("default_timezone", 7),
    ],
)
def test_an_option_of_the_wrong_type_is_named_in_a_type_error(option: str, value: object) -> None:
    # (they failed deep inside the parse, with an AttributeError or a TypeError about something else)
    page = "<html><body><article><h1>Storm</h1><p>2024-05-06 10:00</p></article></body></html>"
    for source in (page, page.encode()):
        with pytest.raises(newsparse.InvalidArgumentError, match=f"^{option} must be"):
            newsparse.parse_article(source, **{option: value})  # type: ignore[arg-type]


def test_parse_file_refuses_a_number_for_a_path(tmp_path: Path) -> None:
    # open() takes a number for a file descriptor: it would have read this process's standard
    # input (0) or output (1) and closed it.
    for path in (0, 1, True):
        with pytest.raises(TypeError, match="path must be"):
            newsparse.parse_file(path)  # type: ignore[arg-type]
    (tmp_path / "a.txt").write_text("Storm over the port\n\nShips queued for hours to enter.\n")
    with pytest.raises(TypeError, match="url must be"):
        newsparse.parse_file(tmp_path / "a.txt", url=5)  # type: ignore[arg-type]


def test_too_large_input_is_refused() -> None:
    with pytest.raises(InputTooLargeError, match="50,000,001 characters long, over"):
        newsparse.parse_article("a" * (MAX_INPUT_CHARS + 1))


def test_too_large_bytes_are_told_in_bytes(tmp_path: Path) -> None:
    # A file is read one byte past the limit: its size is not known, and it was told as
    # "50,000,001 characters long" whatever it was (a 90 MB executable, audit33).
    big = tmp_path / "big.bin"
    with big.open("wb") as out:
        out.truncate(MAX_INPUT_CHARS + 5_000)
    told = (
        "the input is more than 50,000,000 bytes, the most newsparse parses; "
        "it is not a single news article"
    )
    with pytest.raises(InputTooLargeError) as caught:
        newsparse.parse_file(big)
    assert str(caught.value) == told
    with pytest.raises(InputTooLargeError) as caught:
        newsparse.parse_article(b"a" * (MAX_INPUT_CHARS + 1))
    assert str(caught.value) == told


def test_parse_file_errors(tmp_path: Path) -> None:
    with pytest.raises(SourceReadError, match="cannot read"):
        newsparse.parse_file(tmp_path / "missing.txt")
    with pytest.raises(SourceReadError):
        newsparse.parse_file(tmp_path)


def test_bom_never_reaches_a_field() -> None:
    for source in ("\ufeffJudul\n\nIsi berita.", b"\xef\xbb\xbfJudul\n\nIsi berita."):
        article = newsparse.parse_article(source)
        assert article.title == "Judul"


def test_url_and_kind_options() -> None:
    article = newsparse.parse_article(
        "Judul\n\nIsi berita.", url="https://example.com/a", kind="text"
    )
    assert article.url == "https://example.com/a"
    assert isinstance(article, Article)


def test_default_timezone_leaves_aware_and_date_only_values_alone() -> None:
    wib = dt.timezone(dt.timedelta(hours=7))
    utc_line = "Judul\n\n2023-09-14T04:22:00Z\n\nIsi berita yang cukup panjang untuk paragraf."
    article = newsparse.parse_article(utc_line, default_timezone=wib)
    assert article.published == dt.datetime(2023, 9, 14, 4, 22, tzinfo=dt.timezone.utc)
    assert isinstance(article.published, dt.datetime)
    assert article.published.utcoffset() == dt.timedelta(0)
    day_line = "Judul\n\n14 September 2023\n\nIsi berita yang cukup panjang untuk paragraf."
    day = newsparse.parse_article(day_line, default_timezone=wib).published
    assert type(day) is dt.date


def test_public_dates_module_is_the_shared_normaliser() -> None:
    # (The public functions check their arguments' types, then call the shared ones: fuzz45.)
    assert getattr(dates.parse_date, "__wrapped__", None) is shared.parse_date
    assert getattr(dates.find_date, "__wrapped__", None) is shared.find_date
    assert getattr(dates.parse_date_line, "__wrapped__", None) is shared.parse_date_line
    assert dates.parse_date("Kamis, 14 September 2023 | 11:22 WIB") == dt.datetime(
        2023, 9, 14, 11, 22, tzinfo=dt.timezone(dt.timedelta(hours=7))
    )


def test_finishing_keeps_every_field() -> None:
    # Every field of the model set to a clean value comes through the last step unchanged, so a
    # field added to the model later cannot be dropped there.
    values: dict[str, object] = {}
    for field in attrs.fields(Article):
        if field.name in {"published", "modified"}:
            values[field.name] = dt.datetime(2024, 5, 3, 8, 0, tzinfo=dt.timezone.utc)
        elif field.name == "captions":
            values[field.name] = (
                Caption(text="A river", credit="ist", image_url="https://x.example/a.jpg"),
            )
        elif field.default == ():
            values[field.name] = ("one", "two")
        else:
            values[field.name] = f"{field.name} value"
    article = Article(**values)  # type: ignore[arg-type]
    assert _finish(article, Options()) == article


_FIELD_TEXTS = st.lists(
    st.text(
        st.sampled_from(["a", "é", " ", "\xa0", "\t", "\x00", "\u200b", "\ud800", "\n"]), max_size=4
    ),
    max_size=5,
).map(tuple)


@given(_FIELD_TEXTS)
def test_cleaning_many_values_at_once_matches_cleaning_each(values: tuple[str, ...]) -> None:
    # _cleans checks all values at once before it cleans them one by one: the result (and
    # whether it is the very tuple given) must be what cleaning each value gives.
    each = tuple(filter(None, map(_clean, values)))
    result = _cleans(values)
    assert result == each
    assert (result is values) == all(_clean(value) is value for value in values)


_FIELD_TEXT = st.text(st.sampled_from(["a", "é", " ", "\t", "\x00", "\ud800"]), max_size=3)


@given(
    names=st.lists(st.sampled_from(["title", "dateline", "site_name", "language"]), max_size=2),
    text=_FIELD_TEXT,
    authors=_FIELD_TEXTS,
    paragraphs=_FIELD_TEXTS,
    warnings=_FIELD_TEXTS,
    captions=st.lists(st.tuples(_FIELD_TEXT, st.none() | _FIELD_TEXT), max_size=2),
)
def test_finishing_at_once_matches_cleaning_each_field(
    *,
    names: list[str],
    text: str,
    authors: tuple[str, ...],
    paragraphs: tuple[str, ...],
    warnings: tuple[str, ...],
    captions: list[tuple[str, str | None]],
) -> None:
    # _finish returns the article as it is when one check over all its values finds nothing to
    # clean: that must be exactly when every field's cleaner returns its very value.
    article = Article(
        authors=authors,
        paragraphs=paragraphs,
        warnings=warnings,
        captions=tuple(Caption(text=caption, credit=credit) for caption, credit in captions),
        **dict.fromkeys(names, text),  # type: ignore[arg-type]
    )
    each = (
        all(_clean(value) is value for value in (getattr(article, name) for name in names))
        and _cleans(authors) is authors
        and _cleans(paragraphs) is paragraphs
        and _cleans(warnings) is warnings
        and all(
            _clean(caption.text) is caption.text and _clean(caption.credit) is caption.credit
            for caption in article.captions
        )
    )
    # The one check may find something to clean where the cleaners change nothing: a format
    # character such as U+200B is no printable character, yet clean_text keeps it (then the
    # cleaners run and give the very values back). It must never miss a value they change.
    at_once = _nothing_to_clean(_CLEANED_FIELDS(article), warnings)
    assert each or not at_once
    if all(text.isprintable() for text in _texts_of(article)):
        assert at_once == each
    assert (_finish(article, Options()) is article) == each


def _texts_of(article: Article) -> list[str]:
    """Every text value _finish cleans in ``article``."""
    texts = [
        value
        for value in (article.title, article.dateline, article.site_name, article.language)
        if value is not None
    ]
    texts.extend(article.authors + article.paragraphs + article.warnings)
    for caption in article.captions:
        texts.append(caption.text)
        if caption.credit is not None:
            texts.append(caption.credit)
    return texts


def test_finishing_at_once_keeps_a_format_character_the_cleaners_keep() -> None:
    # Hypothesis found it: U+200B is not printable, so the one check says "clean", and the
    # cleaners keep it; the article comes back as it is all the same.
    article = Article(warnings=("\u200b",))
    assert not _nothing_to_clean(_CLEANED_FIELDS(article), article.warnings)
    assert _cleans(article.warnings) is article.warnings
    assert _finish(article, Options()) is article


@pytest.mark.parametrize(
    "url", ["N/A", "None", "/news/harbour", "example.com/harbour", "mailto:desk"]
)
def test_a_url_with_no_scheme_and_host_is_not_used(url: str) -> None:
    # A crawl database's placeholder was the article's address, with no word (audit33).
    article = newsparse.parse_article("Harbour reopens\n\nShips queued for hours.\n", url=url)
    assert article.url is None
    assert article.warnings == (
        f"url={url!r} is not a web address newsparse can read; it was not used",
    )


@pytest.mark.parametrize(
    "url", ["https://example.com/harbour", "HTTP://EXAMPLE.COM", "file:///a.html"]
)
def test_an_absolute_url_is_used(url: str) -> None:
    article = newsparse.parse_article("Harbour reopens\n\nShips queued for hours.\n", url=url)
    assert article.url == url
    assert article.warnings == ()


class _RaisingZone(dt.tzinfo):
    def utcoffset(self, when: dt.datetime | None) -> dt.timedelta:
        raise RuntimeError("no offset here")

    def tzname(self, when: dt.datetime | None) -> str:
        return "X"

    def dst(self, when: dt.datetime | None) -> None:
        return None


class _FarZone(_RaisingZone):
    def utcoffset(self, when: dt.datetime | None) -> dt.timedelta:
        return dt.timedelta(hours=30)


class _NumberZone(_RaisingZone):
    def utcoffset(self, when: dt.datetime | None) -> dt.timedelta:
        return 5  # type: ignore[return-value]


class _LateZone(_RaisingZone):
    """A zone that fails only for the article's year (not for the check before the parse)."""

    def utcoffset(self, when: dt.datetime | None) -> dt.timedelta:
        if when is not None and when.year == 2024:
            raise RuntimeError("no offset in 2024")
        return dt.timedelta(hours=7)


class _UnfinishedZone(dt.tzinfo):  # (tzinfo's own utcoffset raises NotImplementedError)
    __slots__ = ()


@pytest.mark.parametrize(
    ("zone", "reason"),
    [
        (_RaisingZone(), "RuntimeError: no offset here"),
        (_FarZone(), "ValueError: offset must be a timedelta strictly between"),
        (_NumberZone(), "TypeError: tzinfo.utcoffset() must return None or timedelta"),
        (_UnfinishedZone(), "NotImplementedError: a tzinfo subclass must implement utcoffset()"),  # type: ignore[abstract]
        (_LateZone(), "RuntimeError: no offset in 2024"),
    ],
)
def test_a_zone_whose_utcoffset_fails_is_an_invalid_argument(zone: dt.tzinfo, reason: str) -> None:
    # Its error escaped from inside the parse (a RuntimeError, a ValueError of datetime's).
    page = (
        "<html><head><meta property='article:published_time' content='2024-05-01T10:00:00'>"
        "</head><body><h1>Storm over the port</h1><p>Ships queued for hours to enter.</p>"
        "</body></html>"
    )
    dump = "Storm over the port\n\nMay 1, 2024 10:00\n\nShips queued for hours to enter."
    for source in (page, dump, dump.encode()):
        with pytest.raises(newsparse.InvalidArgumentError) as caught:
            newsparse.parse_article(source, default_timezone=zone)
        assert str(caught.value).startswith("default_timezone ")
        assert reason in str(caught.value)
        assert isinstance(caught.value, TypeError)
    # A zone that fails before any work is refused by parse_many at once, like a wrong type.
    if not isinstance(zone, _LateZone):
        with pytest.raises(newsparse.InvalidArgumentError, match=re.escape(reason)):
            newsparse.parse_many([dump], jobs=1, default_timezone=zone)
    else:
        (result,) = newsparse.parse_many([dump], jobs=1, default_timezone=zone)
        assert isinstance(result, newsparse.InvalidArgumentError)
