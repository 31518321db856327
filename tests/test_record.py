"""JSON records of one article, as scrapers and extraction tools save them, read as articles."""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import NewsparseError, NotAnArticleError, cli, parse_article
from newsparse._normalize.phrases import publication_key
from newsparse.schema import load_schema

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_ba2def52373556d9.txt"
WIB = dt.timezone(dt.timedelta(hours=7))

FIRST = "The harbour reopened on Thursday after three days of closure, the port authority said."
SECOND = "Ships had queued at the entrance since dawn, and the first ferry left at nine."


def test_an_extraction_tools_record() -> None:
    # The fields an extraction tool writes: "author" joined by semicolons, a day-only "date",
    # "text" with one paragraph a line, and the address under "source".
    record = {
        "title": "Harbour reopens after the storm",
        "author": "Jane Doe; John Roe",
        "hostname": "example.com",
        "date": "2023-09-14",
        "text": f"{FIRST}\n{SECOND}",
        "language": "en",
        "source": "https://example.com/news/harbour",
        "fingerprint": "c0ffee",
    }
    article = parse_article(json.dumps(record))
    assert article.title == "Harbour reopens after the storm"
    assert article.authors == ("Jane Doe", "John Roe")
    assert article.published == dt.date(2023, 9, 14)
    assert article.paragraphs == (FIRST, SECOND)
    assert article.language == "en"
    assert article.url == "https://example.com/news/harbour"
    assert article.warnings == ()


@pytest.mark.parametrize(
    ("key", "value", "want"),
    [
        ("publishTime", "2023-09-14T08:30:00+07:00", dt.datetime(2023, 9, 14, 8, 30, tzinfo=WIB)),
        ("first_published_date", "2023-09-14", dt.date(2023, 9, 14)),
        ("publication_datetime", "2023-09-14", dt.date(2023, 9, 14)),
    ],
)
def test_any_key_that_names_the_publication_beats_a_generic_date(
    key: str, value: str, want: dt.date
) -> None:
    # "date" here is when the record was made; the key that names the publication says more.
    record = {"date": "2023-10-02", key: value, "title": "Harbour reopens", "text": FIRST}
    assert parse_article(json.dumps(record)).published == want


@pytest.mark.parametrize(
    ("key", "names"),
    [
        ("datePublished", True),
        ("publish_date", True),
        ("PUBLISHED_AT", True),
        ("publishedat", True),
        ("firstpublisheddate", True),
        ("publisher", False),
        ("published_by", False),
        ("lastpublisheddate", False),
        ("publicationSortDate", False),
        ("pubDate", False),
        ("date", False),
    ],
)
def test_the_keys_that_name_a_publication_time(key: str, names: bool) -> None:
    # The one vocabulary both readers of JSON records share (page data and scrapers' records).
    assert publication_key(key) is names


def test_a_key_naming_another_date_is_not_the_publication() -> None:
    record = {"lastPublishedDate": "2023-10-02", "date": "2023-09-14", "text": FIRST}
    assert parse_article(json.dumps(record)).published == dt.date(2023, 9, 14)


def test_a_crawlers_record_with_a_list_of_authors_and_a_download_date() -> None:
    record = {
        "authors": ["Jane Doe", "Ann Lee"],
        "date_download": "2024-01-02 10:00:00",  # when it was fetched: never the article's date
        "date_modify": "2017-02-04 09:00:00",
        "date_publish": "2017-02-03 11:38:46",
        "maintext": f"{FIRST}\n\n{SECOND}",
        "title": "Harbour reopens after the storm",
        "url": "https://example.com/b",
        "source_domain": "example.com",
        "image_url": "https://example.com/harbour.jpg",
        "language": "en",
    }
    article = parse_article(json.dumps(record).encode())
    assert article.authors == ("Jane Doe", "Ann Lee")
    assert article.published == dt.datetime(2017, 2, 3, 11, 38, 46)
    assert article.modified == dt.datetime(2017, 2, 4, 9, 0)
    assert article.paragraphs == (FIRST, SECOND)
    assert article.image == "https://example.com/harbour.jpg"
    assert article.url == "https://example.com/b"


def test_a_blog_engines_record_with_rendered_html_and_a_utc_twin() -> None:
    # A blog engine's record: the title and text under "rendered", the text in HTML, character
    # references in the title, and the local time beside its UTC twin (seven hours apart).
    record = {
        "id": 5,
        "date": "2023-09-14T11:22:00",
        "date_gmt": "2023-09-14T04:22:00",
        "title": {"rendered": "Harbour&#8217;s first day"},
        "content": {"rendered": f"<p>{FIRST}</p>\n<p>{SECOND}</p>\n"},
        "excerpt": {"rendered": "<p>The port is open again.</p>\n"},
        "link": "https://example.com/2023/09/harbour",
        "categories": [3, 7],
    }
    article = parse_article(json.dumps(record))
    assert article.title == "Harbour\u2019s first day"
    assert article.published == dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB)
    assert article.paragraphs == (FIRST, SECOND)
    assert article.description == "The port is open again."
    assert article.url == "https://example.com/2023/09/harbour"


def test_a_structured_data_article() -> None:
    record = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Harbour reopens after the storm",
        "articleBody": f"{FIRST}\n\n{SECOND}",
        "author": [{"@type": "Person", "name": "Ann Lee"}],
        "datePublished": "2023-09-14T11:22:00+07:00",
        "dateModified": "2023-09-14T15:00:00+07:00",
        "publisher": {"@type": "Organization", "name": "Example Times"},
        "image": {"@type": "ImageObject", "url": "https://example.com/x.jpg"},
        "keywords": "harbour, storm, ferries",
        "articleSection": "Regional",
    }
    article = parse_article(json.dumps(record))
    assert article.title == "Harbour reopens after the storm"
    assert article.authors == ("Ann Lee",)
    assert article.published == dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB)
    assert article.modified == dt.datetime(2023, 9, 14, 15, 0, tzinfo=WIB)
    assert article.site_name == "Example Times"
    assert article.image == "https://example.com/x.jpg"
    assert article.tags == ("harbour", "storm", "ferries")
    assert article.section == "Regional"


def test_indonesian_keys_and_a_dateline_in_the_text() -> None:
    # The text is parsed as a dump: its dateline is read, and the record's fields win.
    record = {
        "judul": "Pelabuhan dibuka kembali",
        "penulis": "Budi Santoso",
        "tanggal": "Kamis, 14 September 2023 11:22 WIB",
        "isi": (
            "JAKARTA - Pelabuhan dibuka kembali pada Kamis setelah tiga hari ditutup.\n\n"
            "Kapal-kapal sudah mengantre di pintu masuk sejak subuh, kata petugas."
        ),
    }
    article = parse_article(json.dumps(record, ensure_ascii=False))
    assert article.title == "Pelabuhan dibuka kembali"
    assert article.authors == ("Budi Santoso",)
    assert article.published == dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB)
    assert article.dateline == "JAKARTA"
    assert article.paragraphs[0] == "Pelabuhan dibuka kembali pada Kamis setelah tiga hari ditutup."


def test_an_author_field_of_thousands_of_names_is_read_to_a_bound() -> None:
    # (45,000 repeats of two names: only the first parts are split into names, so a hostile
    # field costs what a short one does; the same two people come back once each)
    record = {"title": "Harbour", "text": FIRST, "author": "Jane Doe and John Roe, " * 45_000}
    assert parse_article(json.dumps(record)).authors == ("Jane Doe", "John Roe")


def test_tags_are_kept_once_each_and_to_a_bound_that_a_warning_names() -> None:
    record = {"title": "Harbour", "text": FIRST, "tags": "ports, weather, ports, ferries"}
    assert parse_article(json.dumps(record)).tags == ("ports", "weather", "ferries")
    many = ", ".join(f"tag{n}" for n in range(5_000))
    article = parse_article(json.dumps({"title": "Harbour", "text": FIRST, "tags": many}))
    assert article.tags == tuple(f"tag{n}" for n in range(100))
    assert article.warnings == ("kept the first 100 of the record's 5,000 tags",)


def test_a_timestamp_in_seconds_is_a_utc_time() -> None:
    record = {"title": "Harbour reopens", "published_at": 1694665320, "body": FIRST}
    article = parse_article(json.dumps(record))
    assert article.published == dt.datetime(2023, 9, 14, 4, 22, tzinfo=dt.timezone.utc)


def test_a_date_newsparse_cannot_read_is_named_and_not_used() -> None:
    record = {"title": "Harbour reopens", "date": "the day after the storm", "text": FIRST}
    article = parse_article(json.dumps(record))
    assert article.published is None
    assert article.warnings == (
        "the record's 'date' field is not a date newsparse reads: 'the day after the storm'",
    )


def test_a_record_of_a_whole_page_is_read_as_the_page() -> None:
    page = (
        "<html><head><title>Harbour reopens after the storm | Example Times</title></head>"
        f"<body><article><h1>Harbour reopens after the storm</h1><p>{FIRST}</p><p>{SECOND}</p>"
        "</article></body></html>"
    )
    article = parse_article(json.dumps({"url": "https://example.com/h", "html": page}))
    assert article.title == "Harbour reopens after the storm"
    assert article.paragraphs == (FIRST, SECOND)
    assert article.url == "https://example.com/h"


def test_newsparses_own_output_given_back_is_the_same_article() -> None:
    article = newsparse.parse_file(SEED)
    assert parse_article(article.to_json()) == article
    # and as the command line writes it, one JSON Lines record with its path
    line = json.dumps({"path": str(SEED), **article.to_dict()}, ensure_ascii=False)
    assert parse_article(line.encode()) == article


def test_a_list_of_one_record_is_that_record() -> None:
    article = parse_article(json.dumps([{"title": "Harbour reopens", "text": FIRST}]))
    assert article.title == "Harbour reopens"
    assert article.paragraphs == (FIRST,)


def test_a_list_of_several_records_is_refused_with_what_to_do() -> None:
    records = [{"title": f"Story {n}", "text": FIRST} for n in range(3)]
    with pytest.raises(NotAnArticleError, match=r"list of 3 records.*one record at a time"):
        parse_article(json.dumps(records))


@pytest.mark.parametrize(
    ("document", "shown"),
    [
        (
            [
                {
                    "@context": "https://schema.org",
                    "@type": "Organization",
                    "name": "Example Times",
                },
                {"@type": "WebSite", "name": "Example Times", "url": "https://example.com"},
            ],
            "Organization, WebSite",
        ),
        (
            {
                "@context": "https://schema.org",
                "@graph": [
                    {"@type": ["WebPage", "ItemPage"], "name": "Storm"},
                    {"@type": "BreadcrumbList", "itemListElement": []},
                ],
            },
            "WebPage, BreadcrumbList",
        ),
        ({"@type": "Organization", "name": "Example Times"}, "Organization"),
    ],
)
def test_structured_data_with_no_article_text_is_not_an_article(
    document: object, shown: str
) -> None:
    # A page's JSON-LD blocks with no articleBody were read as a dump, with a warning: their
    # keys and quotes became the article's text.
    with pytest.raises(NotAnArticleError, match=r"^the input is structured data") as caught:
        parse_article(json.dumps(document))
    assert f"(JSON-LD: {shown}) with no article text" in str(caught.value)


def test_a_list_holding_a_headline_with_no_text_is_refused_as_that_record() -> None:
    listed = [{"@type": "NewsArticle", "headline": "Harbour reopens"}, {"@type": "Person"}]
    with pytest.raises(NotAnArticleError, match=r"record of 'Harbour reopens' holds no article"):
        parse_article(json.dumps(listed))


@pytest.mark.parametrize("document", [[1, 2, 3], ["a", "b"], {"foo": 1, "bar": [1, 2]}])
def test_json_with_no_text_and_no_structured_data_is_still_read_as_a_dump(
    document: object,
) -> None:
    article = parse_article(json.dumps(document))
    assert any("the input is a JSON document" in note for note in article.warnings)


def test_json_lines_of_records_are_refused_with_what_to_do() -> None:
    line = json.dumps({"title": "Harbour reopens", "text": FIRST})
    with pytest.raises(NotAnArticleError, match=r"JSON Lines.*one record at a time"):
        parse_article(f"{line}\n\n{line}\r\n{line}\n")
    # one line of JSON Lines is a JSON document: that record
    assert parse_article(line + "\n").title == "Harbour reopens"
    # a dump whose first line is braced is no JSON Lines
    dump = "{Harbour} reopens\n{draft}\n\nThe harbour reopened on Tuesday after a week of storms.\n"
    article = parse_article(dump)
    assert article.paragraphs[-1] == "The harbour reopened on Tuesday after a week of storms."
    assert not any("JSON" in note for note in article.warnings)


def test_an_empty_text_field_gives_way_to_one_that_holds_the_article() -> None:
    page = f"<html><body><article><h1>Harbour reopens</h1><p>{FIRST}</p></article></body></html>"
    article = parse_article(json.dumps({"text": "", "maintext": None, "raw_html": page}))
    assert article.title == "Harbour reopens"
    assert article.paragraphs == (FIRST,)


def test_a_record_with_a_headline_and_no_text_is_refused_with_its_keys() -> None:
    # Structured data without the article's text: read as a dump, its keys would be the text.
    record = {"@type": "NewsArticle", "headline": "Harbour reopens", "datePublished": "2023-09-14"}
    with pytest.raises(NotAnArticleError, match=r"of 'Harbour reopens' holds no article text"):
        parse_article(json.dumps(record))
    # A document with neither a headline nor text is still read as a dump, with a warning.
    article = parse_article(json.dumps({"lines": [FIRST, SECOND]}))
    assert any("no article text" in note for note in article.warnings)


def _assert_harbour_fields(article: newsparse.Article) -> None:
    """The fields the extraction tool's XML and TEI examples below both state."""
    assert article.title == "Harbour reopens after the storm"
    assert article.authors == ("Jane Doe", "John Roe")
    assert article.published == dt.date(2023, 9, 14)
    assert article.url == "https://example.com/harbour"
    assert article.site_name == "Example Times"
    assert article.description == "The port is open again."


def test_an_extraction_tools_xml_document_is_read_as_a_record() -> None:
    # The metadata are the <doc> element's attributes, the text the blocks of <main>; the
    # comments are not the article.
    document = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<doc sitename="Example Times" title="Harbour reopens after the storm" '
        'author="Jane Doe; John Roe" date="2023-09-14" url="https://example.com/harbour" '
        'hostname="example.com" description="The port is open again." fingerprint="c0ffee">\n'
        f'  <main>\n    <p>{FIRST}</p>\n    <head rend="h2">Ferries</head>\n'
        f"    <list><item>{SECOND}</item></list>\n    <p>Ships &amp; ferries <hi>left</hi> at nine.</p>\n"
        "  </main>\n  <comments><p>First!</p></comments>\n</doc>\n"
    )
    article = parse_article(document.encode())
    _assert_harbour_fields(article)
    assert article.paragraphs == (FIRST, "Ferries", SECOND, "Ships & ferries left at nine.")


def test_an_extraction_tools_tei_document_is_read_as_a_record() -> None:
    # The fields stand in the TEI header: the headline and authors of the title statement, the
    # source's publisher, address and date (not the day the file was made), the abstract and
    # the keywords; the text is the "entry" division, the comments division is not the article.
    document = (
        '<TEI xmlns="http://www.tei-c.org/ns/1.0">\n  <teiHeader>\n    <fileDesc>\n'
        '      <titleStmt>\n        <title type="main">Harbour reopens after the storm</title>\n'
        "        <author>Jane Doe</author>\n        <author>John Roe</author>\n"
        "      </titleStmt>\n      <publicationStmt><p/></publicationStmt>\n"
        "      <sourceDesc>\n        <biblFull>\n          <publicationStmt>\n"
        "            <publisher>Example Times (example.com)</publisher>\n"
        '            <ptr type="URL" target="https://example.com/harbour"/>\n'
        "            <date>2023-09-14</date>\n          </publicationStmt>\n"
        "        </biblFull>\n      </sourceDesc>\n    </fileDesc>\n    <profileDesc>\n"
        "      <abstract><p>The port is open again.</p></abstract>\n"
        '      <textClass><keywords><term type="categories">Shipping</term></keywords></textClass>\n'
        '      <creation><date type="download">2026-12-05</date></creation>\n'
        "    </profileDesc>\n  </teiHeader>\n  <text>\n    <body>\n"
        f'      <div type="entry">\n        <p>{FIRST}</p>\n        <head rend="h2">Ferries</head>\n'
        f"        <p>{SECOND}</p>\n      </div>\n"
        '      <div type="comments"><p>First!</p></div>\n    </body>\n  </text>\n</TEI>'
    )
    article = parse_article(document.encode())
    _assert_harbour_fields(article)
    assert article.section == "Shipping"
    assert article.paragraphs == (FIRST, "Ferries", SECOND)
    # Without an entry division there is no article text to read: the document is a page.
    bare = document.replace('type="entry"', 'type="other"')
    assert parse_article(bare).published is None


def test_an_xml_document_of_another_shape_is_read_as_a_page() -> None:
    page = f"<doc><p>{FIRST}</p><p>{SECOND}</p></doc>"  # no <main> under attributes
    assert parse_article(page).paragraphs == (FIRST, SECOND)


def test_a_record_with_empty_text_is_not_an_article() -> None:
    with pytest.raises(NotAnArticleError, match=r"'content' field\) is empty"):
        parse_article(json.dumps({"title": "Harbour reopens", "content": "  "}))


def test_kind_text_reads_the_document_as_a_dump_and_says_so() -> None:
    document = json.dumps({"title": "Harbour reopens", "text": FIRST}, indent=2)
    article = parse_article(document, kind="text")
    assert any('kind="text"' in note for note in article.warnings)
    assert article.title != "Harbour reopens"


def test_the_command_line_reads_a_record_file(tmp_path: Path) -> None:
    path = tmp_path / "record.json"
    path.write_text(json.dumps({"headline": "Harbour reopens", "article_text": FIRST}))
    done = subprocess.run(
        [sys.executable, "-m", "newsparse", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    printed = json.loads(done.stdout)
    assert printed["title"] == "Harbour reopens"
    assert printed["paragraphs"] == [FIRST]


def _containers(inner: st.SearchStrategy[object]) -> st.SearchStrategy[object]:
    return st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    _containers,
    max_leaves=12,
)
_KEYS = st.sampled_from(
    [
        "title",
        "headline",
        "text",
        "maintext",
        "content",
        "author",
        "authors",
        "date",
        "date_gmt",
        "datePublished",
        "published_at",
        "url",
        "source",
        "image",
        "tags",
        "paragraphs",
        "publisher",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(_KEYS | st.text(max_size=10), _JSON_VALUES, min_size=1, max_size=8))
def test_any_record_gives_an_article_or_a_newsparse_error(record: dict[str, object]) -> None:
    try:
        article = parse_article(json.dumps(record))
    except NewsparseError:
        return
    assert isinstance(article, newsparse.Article)


def _records_file(folder: Path) -> Path:
    path = folder / "records.jsonl"
    lines = [
        json.dumps({"title": "One", "text": FIRST}),
        "",
        "{broken",
        json.dumps({"title": "Two", "maintext": SECOND, "date": "2023-09-14"}),
        "[1, 2]",
    ]
    path.write_text("\n".join(lines) + "\n")
    return path


def test_the_command_line_parses_each_record_of_a_records_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _records_file(tmp_path)
    listed = tmp_path / "list.json"
    listed.write_text(json.dumps([{"headline": "Three", "body": FIRST}, 5]))
    status = cli.main(["--records", "-q", str(path), str(listed)])
    out, err = capsys.readouterr()
    assert status == cli.FAILED  # two bad records failed; the others were written
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(row["path"], row["title"]) for row in rows] == [
        (f"{path}#1", "One"),
        (f"{path}#4", "Two"),
        (f"{listed}#[0]", "Three"),
    ]
    assert rows[1]["published"] == "2023-09-14"
    assert f"{path}#3: not a JSON line" in err
    assert f"{path}#5: not a JSON object but list" in err
    assert f"{listed}#[1]: not a JSON object but int" in err


def test_a_resumed_records_run_skips_the_records_already_written(tmp_path: Path) -> None:
    path = _records_file(tmp_path)
    output = tmp_path / "out.jsonl"
    assert cli.main(["--records", "-q", str(path), "-o", str(output)]) == cli.FAILED
    first = output.read_text()
    assert len(first.splitlines()) == 2
    assert cli.main(["--records", "-q", str(path), "-o", str(output), "--resume"]) == cli.FAILED
    assert output.read_text() == first  # nothing appended twice


def test_records_are_read_from_files_only(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        cli.main(["--records", "-"])
    assert stopped.value.code == cli.USAGE
    assert "--records reads files" in capsys.readouterr().err


def test_an_extraction_tools_semicolon_joined_tags_site_name_and_categories() -> None:
    # An extraction tool joins its tags and categories with semicolons and writes the site's
    # name under "source-hostname" (beside the bare "hostname").
    record = {
        "title": "Harbour reopens after the storm",
        "hostname": "example.com",
        "source-hostname": "Example Times",
        "text": f"{FIRST}\n{SECOND}",
        "categories": "Regional;Transport",
        "tags": "harbour,storm;ferries;harbour",
    }
    article = parse_article(json.dumps(record))
    assert article.tags == ("harbour", "storm", "ferries")
    assert article.site_name == "Example Times"
    assert article.section == "Regional"


def test_a_local_modification_time_gets_the_offset_of_its_utc_twin() -> None:
    # A blog engine writes "modified" beside "modified_gmt" as it writes "date" beside "date_gmt".
    record = {
        "date": "2023-09-14T11:22:00",
        "date_gmt": "2023-09-14T04:22:00",
        "modified": "2023-09-15T08:00:00",
        "modified_gmt": "2023-09-15T01:00:00",
        "title": {"rendered": "Harbour reopens"},
        "content": {"rendered": f"<p>{FIRST}</p>\n<p>{SECOND}</p>\n"},
    }
    article = parse_article(json.dumps(record))
    assert article.published == dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB)
    assert article.modified == dt.datetime(2023, 9, 15, 8, 0, tzinfo=WIB)
    assert article.warnings == ()


def test_the_article_of_a_structured_data_graph() -> None:
    # Structured data often lists several things under "@graph": the page, the site, the article.
    article_data = {
        "@type": "NewsArticle",
        "headline": "Harbour reopens after the storm",
        "articleBody": f"{FIRST}\n\n{SECOND}",
        "datePublished": "2023-09-14T11:22:00+07:00",
    }
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Example Times", "url": "https://example.com/"},
            article_data,
        ],
    }
    article = parse_article(json.dumps(graph))
    assert article.title == "Harbour reopens after the storm"
    assert article.published == dt.datetime(2023, 9, 14, 11, 22, tzinfo=WIB)
    assert article.paragraphs == (FIRST, SECOND)


def test_metadata_nested_under_meta_fills_the_fields_the_record_lacks() -> None:
    # An extraction library's record: the page's metadata nested under "meta" and "opengraph".
    record = {
        "title": "Harbour reopens after the storm",
        "cleaned_text": f"{FIRST}\n\n{SECOND}",
        "domain": "example.com",
        "meta": {
            "description": "The port is open again.",
            "lang": "en",
            "keywords": "harbour,storm",
            "canonical": "https://example.com/harbour",
        },
        "opengraph": {"site_name": "Example Times", "title": "Harbour reopens (OG)"},
        "image": None,
    }
    article = parse_article(json.dumps(record))
    assert article.title == "Harbour reopens after the storm"  # the record's own key wins
    assert article.description == "The port is open again."
    assert article.url == "https://example.com/harbour"
    assert article.site_name == "Example Times"
    assert article.tags == ("harbour", "storm")


def test_a_missing_values_name_is_no_value() -> None:
    # An export that wrote str(None) for what it lacked: not a date to warn of, not a title.
    record = {"title": "None", "date_modify": "None", "date_publish": "2023-09-14", "text": FIRST}
    article = parse_article(json.dumps(record))
    assert article.modified is None
    assert article.published == dt.date(2023, 9, 14)
    assert article.title != "None"
    assert article.warnings == ()
    with pytest.raises(NotAnArticleError, match=r"'text' field.* is empty"):
        parse_article(json.dumps({"title": "Harbour", "text": "None"}))


@pytest.mark.parametrize(
    ("authors", "expected"),
    [
        (["jane-doe"], ("Jane Doe",)),  # the address's slug newspaper exports as a name
        (["Jane Doe", "jane-doe"], ("Jane Doe",)),  # the same writer twice
        (["jane-doe", "Jane Doe"], ("Jane Doe",)),
        (["ann-lee", "Bob Smith"], ("Ann Lee", "Bob Smith")),
        (["Jean-Paul Sartre"], ("Jean-Paul Sartre",)),  # a hyphen in a name written out stays
    ],
)
def test_an_authors_slug_is_written_as_a_name(
    authors: list[str], expected: tuple[str, ...]
) -> None:
    record = {"title": "Harbour", "text": FIRST, "authors": authors}
    assert parse_article(json.dumps(record)).authors == expected


@pytest.mark.parametrize("text", ["\x00", "\x00\x01 \x02", "\ufeff\u200b", "\x0c\n\t"])
def test_a_text_of_control_or_invisible_characters_is_empty(text: str) -> None:
    # As an input holding only such characters is empty; it gave an Article with no paragraphs.
    with pytest.raises(NotAnArticleError, match=r"'text' field.* is empty"):
        parse_article(json.dumps({"title": "Harbour", "text": text}))


@pytest.mark.parametrize(
    ("name", "pack"),
    [
        ("records.jsonl.gz", lambda data: __import__("gzip").compress(data)),
        ("records.jsonl.bz2", lambda data: __import__("bz2").compress(data)),
        ("records.jsonl.xz", lambda data: __import__("lzma").compress(data)),
        ("records-utf16.jsonl", lambda data: data.decode().replace("\n", "\r\n").encode("utf-16")),
        ("records-utf32.json", lambda data: data.decode().encode("utf-32")),
    ],
)
def test_a_compressed_or_wide_records_file_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, pack: Any
) -> None:
    # A scraper's export is often compressed (export.jsonl.gz), or saved on Windows in UTF-16:
    # each line was "not UTF-8 text" before.
    lines = [json.dumps({"title": title, "text": FIRST}) for title in ("One", "Dua\u2019s")]
    data = ("\n".join(lines) + "\n").encode()
    if name.endswith(".json"):
        data = json.dumps([json.loads(line) for line in lines]).encode()
    path = tmp_path / name
    path.write_bytes(pack(data))
    status = cli.main(["--records", "-q", str(path)])
    out, err = capsys.readouterr()
    assert (status, err) == (cli.OK, "")
    rows = [json.loads(line) for line in out.splitlines()]
    assert [row["title"] for row in rows] == ["One", "Dua\u2019s"]
    assert rows[0]["path"] in (f"{path}#1", f"{path}#[0]")


def test_a_cut_short_compressed_records_file_fails_as_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import gzip  # noqa: PLC0415

    text = "".join(
        json.dumps({"title": f"T{n}", "text": f"{FIRST} {n}"}) + "\n" for n in range(300)
    )
    packed = gzip.compress(text.encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(packed[: len(packed) // 2])
    status = cli.main(["--records", "-q", str(path)])
    _, err = capsys.readouterr()
    assert status == cli.FAILED
    assert f"{path}: cannot read it: the compressed file is corrupt or cut short" in err


def test_records_refuse_a_forced_kind(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # --kind text made each record's JSON the text of a dump, keys and quotes as paragraphs.
    path = _records_file(tmp_path)
    with pytest.raises(SystemExit) as stopped:
        cli.main(["--records", "--kind", "text", str(path)])
    assert stopped.value.code == cli.USAGE
    assert "--kind text does not apply" in capsys.readouterr().err


def test_a_records_file_in_a_format_newsparse_does_not_unpack_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "records.jsonl.zst"
    path.write_bytes(b"\x28\xb5\x2f\xfd" + bytes(40))  # a zstd frame's magic
    assert cli.main(["--records", "-q", str(path)]) == cli.FAILED
    assert "compressed with zstd, which newsparse does not unpack" in capsys.readouterr().err


def test_records_refuse_an_output_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = _records_file(tmp_path)
    with pytest.raises(SystemExit) as stopped:
        cli.main(["--records", "--output-dir", str(tmp_path / "out"), str(path)])
    assert stopped.value.code == cli.USAGE
    assert "--records writes one stream of articles: use --output FILE" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_the_command_line_points_a_records_file_given_as_one_input_to_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # (its second record is broken JSON: the file was read as a text dump, and "parsed")
    path = _records_file(tmp_path)
    assert cli.main(["-q", str(path)]) == cli.FAILED
    assert "(on the command line: newsparse --records FILE)" in capsys.readouterr().err


def test_a_records_file_of_one_indented_record_is_that_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A tool's to_json() with an indent: each of its lines failed as "not a JSON line".
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"title": "One", "text": FIRST}, indent=4))
    broken = tmp_path / "broken.jsonl"  # a first line cut short: the others are still read
    broken.write_text('{"title": "Zero", "te\n' + json.dumps({"title": "Two", "text": SECOND}))
    status = cli.main(["--records", "-q", str(path), str(broken)])
    out, err = capsys.readouterr()
    assert status == cli.FAILED
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(row["path"], row["title"]) for row in rows] == [
        (f"{path}#1", "One"),
        (f"{broken}#2", "Two"),
    ]
    assert f"{broken}#1: not a JSON line" in err


@pytest.mark.parametrize(
    ("stated", "expected"),
    [("en_US", "en-US"), ("ID", "id"), ("pt-br", "pt-BR"), ("english", None), ("Bahasa", None)],
)
def test_a_records_language_is_a_tag_or_none(stated: str, expected: str | None) -> None:
    # A record's "english" or "en_US" was the article's language as written, and the JSON broke
    # its own schema's BCP 47 pattern (audit33).
    record = {"title": "Harbour reopens", "language": stated, "text": "Ships queued for hours."}
    article = parse_article(json.dumps(record))
    assert article.language == expected
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(article.to_dict(), load_schema())


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero and /dev/urandom")
@pytest.mark.parametrize(
    ("device", "reason"),
    [
        ("/dev/zero", "line 1 is over 20,000 bytes long: not a JSON Lines file of records"),
        ("/dev/urandom", "none of its first 1,000 lines is a JSON record: not a records file"),
    ],
)
def test_an_endless_records_file_fails_as_a_file(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    device: str,
    reason: str,
) -> None:
    # Read without end (/dev/zero: one line growing in memory; /dev/urandom: a bad record a line,
    # for ever). The other records files of the run are read.
    from newsparse import _corpus  # noqa: PLC0415

    if device == "/dev/zero":
        monkeypatch.setattr(_corpus, "RECORD_BYTES", 1000)  # (50 MB by default)
        monkeypatch.setattr(_corpus, "RECORD_SKIP_BYTES", 20_000)  # (1 GB by default)
    # Random bytes may open with "[" (about one run in 256): the file is then read as a JSON list,
    # and refused at its first chunk that is not UTF-8 text (it was read whole up to the list's
    # 1 GB bound: minutes). Either way it fails as a file, with its reason.
    monkeypatch.setattr(_corpus, "_ONE_RECORD_BYTES", 20_000)
    reasons = [reason]
    if device == "/dev/urandom":
        reasons.append("not a JSON list: byte ")
    path = _records_file(tmp_path)
    status = cli.main(["--records", "-q", device, str(path)])
    out, err = capsys.readouterr()
    assert status == cli.FAILED
    assert any(f"{device}: cannot read it: {why}" in err for why in reasons), err
    assert [json.loads(line)["title"] for line in out.splitlines()] == ["One", "Two"]


def test_an_oversized_record_is_its_line_failure_and_the_records_after_it_are_read(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # One record too large to parse used to fail the whole file, losing the records after it.
    from newsparse import _corpus  # noqa: PLC0415

    monkeypatch.setattr(_corpus, "RECORD_BYTES", 1000)
    monkeypatch.setattr(_corpus, "_SKIP_CHUNK", 100)  # the long line is read on in many chunks
    one = json.dumps({"title": "One", "text": FIRST})
    huge = json.dumps({"title": "Huge", "text": "word " * 2000})
    three = json.dumps({"title": "Three", "text": FIRST})
    path = tmp_path / "r.jsonl"
    path.write_text(f"{one}\n{huge}\n{three}\n")
    assert cli.main(["--records", "-q", str(path)]) == cli.FAILED
    out, err = capsys.readouterr()
    assert [json.loads(line)["title"] for line in out.splitlines()] == ["One", "Three"]
    assert f"{path}#2: the line is over 1,000 bytes long: too large a record to parse" in err
    # The last line, too long and with no line break after it, is told as well.
    path.write_text(f"{one}\n{huge}")
    assert cli.main(["--records", "-q", str(path)]) == cli.FAILED
    out, err = capsys.readouterr()
    assert [json.loads(line)["title"] for line in out.splitlines()] == ["One"]
    assert f"{path}#2: the line is over 1,000 bytes long" in err


def test_a_records_file_of_bad_lines_is_refused_past_the_bound_and_told_line_by_line_below(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from newsparse import _corpus  # noqa: PLC0415

    monkeypatch.setattr(_corpus, "MAX_BAD_OPENING", 3)
    path = tmp_path / "r.jsonl"
    path.write_text("a\nb\n")  # fewer bad lines than the bound: each told
    assert cli.main(["--records", "-q", str(path)]) == cli.FAILED
    err = capsys.readouterr().err
    assert f"{path}#1: not a JSON line" in err
    assert f"{path}#2: not a JSON line" in err
    record = json.dumps({"title": "One", "text": FIRST})
    path.write_text(f"a\nb\n{record}\nc\nd\ne\nf\n")  # after a record, no bound
    assert cli.main(["--records", "-q", str(path)]) == cli.FAILED
    out, err = capsys.readouterr()
    assert [json.loads(line)["title"] for line in out.splitlines()] == ["One"]
    assert err.count("not a JSON line") == 6
    path.write_text(f"a\nb\nc\n{record}\n")
    assert cli.main(["--records", "-q", str(path)]) == cli.FAILED
    out, err = capsys.readouterr()
    assert out == ""
    assert f"{path}: cannot read it: none of its first 3 lines is a JSON record" in err


def test_a_records_list_too_large_to_read_whole_fails_as_a_file(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from newsparse import _corpus  # noqa: PLC0415

    monkeypatch.setattr(_corpus, "RECORDS_LIST_BYTES", 100)
    path = tmp_path / "list.json"
    path.write_text(json.dumps([{"title": "One", "text": FIRST}] * 3))
    assert cli.main(["--records", "-q", str(path)]) == cli.FAILED
    err = capsys.readouterr().err
    assert f"{path}: cannot read it: a JSON list of over 100 bytes" in err
    assert "write the records as JSON Lines" in err


class _CountingBytes(io.BytesIO):
    """Bytes that count how many of them were read."""

    read_count = 0

    def read(self, size: int | None = -1, /) -> bytes:
        data = super().read(size)
        self.read_count += len(data)
        return data


@pytest.mark.parametrize(
    ("tail", "reason"),
    [
        (b"\xff\xfe" * 600_000, "not a JSON list: byte 1 is not UTF-8 text"),
        (b'{"title": "One"}' + b"\x00" * 1_200_000, "not a JSON list: byte 17 is a NUL"),
    ],
)
def test_a_records_list_that_is_no_json_text_fails_at_its_first_chunk(
    monkeypatch: pytest.MonkeyPatch, tail: bytes, reason: str
) -> None:
    # A device or binary file opening with "[" was read whole up to the list's 1 GB bound before
    # it failed to parse; a chunk that no JSON text can be (not UTF-8, a NUL byte) stops it.
    from newsparse import _corpus  # noqa: PLC0415

    monkeypatch.setattr(_corpus, "_LIST_CHUNK", 1000)
    stream = _CountingBytes(b"[" + tail)
    with pytest.raises(OSError, match=reason):
        _corpus._read_list(stream)
    assert stream.read_count == 1000  # one chunk of 1.2 MB read
    # A valid list is still read whole over many chunks.
    listed = json.dumps([{"title": "One", "text": "é " * 2000}] * 3).encode()
    assert _corpus._read_list(_CountingBytes(listed)) == listed


def test_a_wide_records_file_is_read_a_chunk_at_a_time_to_the_same_lines() -> None:
    # It was decoded whole in memory; now a chunk at a time, records over chunks' edges intact.

    from newsparse import _corpus  # noqa: PLC0415

    lines = [
        json.dumps({"title": f"T{n}\u2019s", "text": FIRST * (n % 40)}, ensure_ascii=False)
        for n in range(2000)
    ]
    text = "\r\n".join(lines) + "\r\n"
    for encoding in ("utf-16", "utf-32"):
        data = text.encode(encoding) + b"\x00"  # (an odd byte at the end: a replacement mark)
        assert len(data) > 4 * _corpus._Recoded._CHUNK
        stream = _corpus._opened_records(io.BytesIO(data))
        assert stream.read(100) == text.encode()[:100]
        stream.seek(0)
        read = [line for _, line in _corpus._bounded_lines(stream, 10**6, "records")]
        assert read[:-1] == [(line + "\r\n").encode() for line in lines]
        assert read[-1] == "\ufffd".encode()
        stream.seek(0)
        assert stream.read() == text.encode() + "\ufffd".encode()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("", "it holds no record (the file is empty or blank)"),
        ("\n \n\t\n", "it holds no record (the file is empty or blank)"),
        ("[]", "it holds no record (an empty JSON list)"),
    ],
)
def test_an_empty_records_file_fails_as_a_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: str, reason: str
) -> None:
    # It was a success with "0 parsed" (exit 0), where an empty folder or manifest is a failure.
    empty = tmp_path / "empty.jsonl"
    empty.write_text(content)
    assert cli.main(["--records", str(empty)]) == cli.FAILED
    err = capsys.readouterr().err
    assert f"{empty}: {reason}" in err
    assert "0 parsed, 1 failed (bad file: 1)" in err
    path = _records_file(tmp_path)
    assert cli.main(["--records", "-q", str(empty), str(path)]) == cli.FAILED
    out, err = capsys.readouterr()
    assert [json.loads(line)["title"] for line in out.splitlines()] == ["One", "Two"]
    assert f"{empty}: {reason}" in err


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ([FIRST, 3, SECOND], "is a list of strings and numbers, not text newsparse reads"),
        ([1, 2, 3], "is a list of numbers, not text newsparse reads"),
        ({"id": 3}, "is an object with the keys 'id', not text newsparse reads"),
        (True, "is a boolean (true), not text newsparse reads"),
        (None, "is empty"),
    ],
)
def test_a_record_whose_text_field_holds_no_text_is_not_read_as_its_raw_json(
    text: object, told: str
) -> None:
    # The record was read as a dump of its keys and quotes (with a warning): its raw JSON,
    # '{"text": [...], "date": ...}', came back as the article's title.
    record = {"text": text, "date": "2024-01-02"}
    for document in (record, [record]):
        with pytest.raises(NotAnArticleError) as caught:
            parse_article(json.dumps(document))
        assert f"the JSON record's text (its 'text' field) {told}" in str(caught.value)


def test_a_records_file_line_whose_text_holds_no_text_fails_on_its_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "export.jsonl"
    lines = [{"content": [FIRST, 3]}, {"title": "Harbour reopens", "text": FIRST}]
    export.write_text("".join(json.dumps(line) + "\n" for line in lines))
    out = io.StringIO()
    assert cli.main(["--records", str(export), "-q"], stdout=out) == 1
    assert [json.loads(line)["title"] for line in out.getvalue().splitlines()] == [
        "Harbour reopens"
    ]
    err = capsys.readouterr().err
    assert (
        "export.jsonl#1: the JSON record's text (its 'content' field) is a list of strings" in err
    )


@pytest.mark.parametrize("text", ["Harbour reopens.", "12345", "Ein kurzer Text ohne Punkt"])
def test_a_text_of_one_line_beside_a_stated_title_is_the_body(text: str) -> None:
    # fuzz43: the one line was read as the dump's headline, then the record's title took its
    # place: the article had no text, and no warning said so.
    article = parse_article(json.dumps({"title": "Port news", "text": text}))
    assert article.title == "Port news"
    assert article.paragraphs == (text,)
    # A text that is only the record's own title stays the title, not a paragraph as well.
    again = parse_article(json.dumps({"title": "Port news", "text": "Port news"}))
    assert (again.title, again.paragraphs) == ("Port news", ())


def test_a_first_line_left_out_for_the_stated_title_is_named_in_a_warning() -> None:
    # fuzz43: the text's first line, read as its own headline, gave way to the record's title
    # with no word of it.
    record = {"title": "Port news", "text": f"Harbour reopens\n\n{FIRST}\n\n{SECOND}"}
    article = parse_article(json.dumps(record))
    assert (article.title, article.paragraphs) == ("Port news", (FIRST, SECOND))
    assert any("'Harbour reopens'" in w and "record's title" in w for w in article.warnings)
    # A text whose first line is the record's own title (in another case) says nothing.
    same = parse_article(json.dumps({"title": "Harbour Reopens", "text": record["text"]}))
    assert same.warnings == ()


@pytest.mark.parametrize("brk", ["\n", "\r\n", "\u2028", "\n\n  "])
def test_a_records_one_line_fields_are_one_line_as_a_pages_are(brk: str) -> None:
    # fuzz46: a JSON record's title kept the line break its JSON held ("One\nTwo"); a page's
    # <title>, <meta> and JSON-LD values are folded to one line, and so are a record's now.
    record = {
        "title": f"Harbour{brk}reopens",
        "description": f"Ships{brk}queue",
        "sitename": f"Port{brk}News",
        "categories": f"World{brk}news",
        "text": f"{FIRST}\n\n{SECOND}",
    }
    article = parse_article(json.dumps(record))
    assert article.title == "Harbour reopens"
    assert article.description == "Ships queue"
    assert article.site_name == "Port News"
    assert article.section == "World news"
    page = (
        f"<html><head><title>Harbour{brk}reopens</title><meta name='description' "
        f"content='Ships{brk}queue'></head><body><article><h1>Harbour{brk}reopens</h1>"
        f"<p>{FIRST}</p><p>{SECOND}</p></article></body></html>"
    )
    html = parse_article(page)
    assert (html.title, html.description) == (article.title, article.description)


def test_a_record_s_huge_keys_are_quoted_by_their_start_in_the_error() -> None:
    # fuzz52: the message on a record with no text quoted each key whole (a key of a megabyte
    # made a message of a megabyte); a key is quoted by its first 80 characters.
    key = "k" * 1_000_000
    with pytest.raises(NotAnArticleError) as titled:
        parse_article(json.dumps({"title": "Harbour reopens", key: 1}))
    assert str(titled.value).endswith(f"its keys: 'title', {'k' * 80 + '...'!r}")
    with pytest.raises(NotAnArticleError) as nested:
        parse_article(json.dumps({"text": {key: 1}}))
    assert f"is an object with the keys {'k' * 80 + '...'!r}, not text" in str(nested.value)
    assert len(str(nested.value)) < 300
