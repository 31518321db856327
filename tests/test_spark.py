"""The Spark recipe of the docs (docs/recipes/spark_newsparse.py), run on a local Spark.

Skipped where PySpark is not installed (it is in no extra: it and the Java it needs are too heavy
for the test suite's dependencies).
"""

import gzip
import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

pytest.importorskip("pyspark")

from pyspark.sql import SparkSession

from newsparse import parse_file

from .conftest import FIXTURES, ROOT, SEED


def _recipe() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "spark_newsparse", ROOT / "docs" / "recipes" / "spark_newsparse.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    with pytest.MonkeyPatch.context() as patch:
        # Spark's Python workers must be this interpreter, the one with newsparse installed.
        patch.setenv("PYSPARK_PYTHON", sys.executable)
        session = SparkSession.builder.master("local[2]").appName("newsparse-test").getOrCreate()
        yield session
        session.stop()


def test_the_spark_recipe(spark: Any, tmp_path: Path) -> None:
    recipe = _recipe()
    html = FIXTURES / "html" / "jsonld_graph.html"
    packed = tmp_path / "page.html.gz"
    packed.write_bytes(gzip.compress(html.read_bytes()))
    files = [str(SEED), str(packed), str(tmp_path / "missing.txt"), str(html)]
    recipe.run(spark, files, str(tmp_path / "out"), partitions=2)
    parts = sorted((tmp_path / "out").glob("part-*"))
    assert len(parts) == 2
    records = [json.loads(line) for part in parts for line in part.read_text().splitlines()]
    assert [r["path"] for r in records] == files
    assert records[0] == {"path": str(SEED), **parse_file(SEED).to_dict()}
    assert records[1]["title"] == parse_file(html).title
    assert records[2]["error"] == "SourceReadError"
