"""Parse a folder of pages on Spark with newsparse: one JSON line per file, errors included.

Run with ``spark-submit spark_newsparse.py INPUT_DIR OUTPUT_DIR`` on a cluster whose executors have
newsparse installed and can read INPUT_DIR.
"""

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from pyspark.sql import SparkSession

import newsparse


def parse_partition(paths: Iterable[str]) -> Iterator[str]:
    """Parse one partition's files in this executor; one JSON line per file, errors included."""
    names = list(paths)
    results = newsparse.parse_many([Path(name) for name in names], jobs=1)
    for name, result in zip(names, results, strict=True):
        if isinstance(result, newsparse.NewsparseError):
            record = {"path": name, "error": type(result).__name__, "message": str(result)}
        else:
            record = {"path": name, **result.to_dict()}
        yield json.dumps(record, ensure_ascii=False)


def run(spark: SparkSession, files: list[str], output: str, partitions: int = 200) -> None:
    """Parse ``files`` on the cluster and write JSON Lines part files to ``output``."""
    slices = max(1, min(partitions, len(files)))
    lines = spark.sparkContext.parallelize(files, numSlices=slices).mapPartitions(parse_partition)
    lines.saveAsTextFile(output)  # part-00000, part-00001, ...: one JSON line per file


if __name__ == "__main__":
    source, target = sys.argv[1], sys.argv[2]
    session = SparkSession.builder.appName("newsparse").getOrCreate()
    run(session, sorted(str(p) for p in Path(source).rglob("*") if p.is_file()), target)
    session.stop()
