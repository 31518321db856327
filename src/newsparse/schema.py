"""The JSON Schema of newsparse's JSON output, shipped with the package.

The schema describes :func:`newsparse.serialize.to_dict` (and so :meth:`~newsparse.Article.to_json` and each
line of the command line's JSON Lines). It carries a version, :data:`SCHEMA_VERSION`: the first
number changes when a field is removed or changes meaning or type, the second when a field is added.
``python -m newsparse --schema`` prints it.

>>> from newsparse.schema import SCHEMA_VERSION, load_schema
>>> load_schema()["version"] == SCHEMA_VERSION
True
"""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

__all__ = ["SCHEMA_VERSION", "load_schema", "schema_text"]

#: The version of the JSON output's schema.
SCHEMA_VERSION = "1.0"


def schema_text() -> str:
    """Return the schema as the JSON text shipped in the package."""
    resource = files("newsparse") / "schemas" / f"article-{SCHEMA_VERSION}.schema.json"
    return resource.read_text(encoding="utf-8")


def load_schema() -> dict[str, Any]:
    """Return the schema as a ``dict``, ready for a validator such as ``jsonschema``."""
    schema: dict[str, Any] = json.loads(schema_text())
    return schema
