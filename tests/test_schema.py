"""The JSON Schema of the JSON output (``schema.py``), checked against what newsparse writes."""

import copy
import json
from pathlib import Path
from typing import Any

import attrs
import pytest
from benchmarks.datasets import SETS, load_set, read_source
from jsonschema import Draft202012Validator, ValidationError

from newsparse import Article, Caption, Source, parse_file, parse_many
from newsparse.schema import SCHEMA_VERSION, load_schema, schema_text

from .conftest import SEED

SCHEMA = load_schema()
VALIDATOR = Draft202012Validator(SCHEMA)


def test_the_schema_is_valid_json_schema_and_carries_its_version() -> None:
    Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["version"] == SCHEMA_VERSION
    assert SCHEMA["$id"].endswith(f":{SCHEMA_VERSION}")
    assert json.loads(schema_text()) == SCHEMA


def test_the_schema_names_every_field_and_no_other() -> None:
    # A field added to Article without a new schema version fails here.
    fields = [field.name for field in attrs.fields(Article)]
    assert SCHEMA["required"] == fields
    assert set(SCHEMA["properties"]) == {*fields, "path"}
    caption = SCHEMA["properties"]["captions"]["items"]
    assert caption["required"] == [field.name for field in attrs.fields(Caption)]


def test_the_seed_validates() -> None:
    VALIDATOR.validate(parse_file(SEED).to_dict())


def _broken(change: str) -> dict[str, Any]:
    data = parse_file(SEED).to_dict()
    broken = copy.deepcopy(data)
    if change == "date":
        broken["published"] = "14 September 2023"
    elif change == "extra":
        broken["author"] = "Binsar"
    elif change == "missing":
        del broken["title"]
    elif change == "empty":
        broken["title"] = ""
    elif change == "caption":
        broken["captions"] = [{"text": "A caption"}]
    return broken


@pytest.mark.parametrize("change", ["date", "extra", "missing", "empty", "caption"])
def test_output_that_breaks_the_contract_is_caught(change: str) -> None:
    with pytest.raises(ValidationError):
        VALIDATOR.validate(_broken(change))


@pytest.mark.parametrize(
    "value",
    [
        "2023-09-14",
        "2023-09-14T11:22:00",
        "2023-09-14T11:22:00+07:00",
        "2024-05-03T15:47:42.389000+00:00",
    ],
)
def test_every_date_form_newsparse_writes_is_valid(value: str) -> None:
    data = parse_file(SEED).to_dict()
    data["published"] = value
    VALIDATOR.validate(data)


def _every_page(data: Path) -> list[Source]:
    sources = []
    for name in SETS:
        for page in load_set(name, data):
            sources.append(Source(content=read_source(page), url=page.url))
    sources.extend(Source(path=path) for path in sorted((data / "metascraper").glob("html/*.gz")))
    return sources


@pytest.mark.slow
def test_every_development_page_validates(shared_data: Path) -> None:
    sources = _every_page(shared_data)
    assert len(sources) > 1000
    problems: list[str] = []
    for source, result in zip(sources, parse_many(sources, jobs=2), strict=True):
        assert isinstance(result, Article), (source.path, result)
        problems.extend(
            f"{source.url or source.path}: {error.json_path}: {error.message}"
            for error in VALIDATOR.iter_errors(result.to_dict())
        )
    assert problems == []
