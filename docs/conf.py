"""Sphinx configuration for the newsparse documentation."""

from __future__ import annotations

from newsparse import __version__

project = "newsparse"
author = "The newsparse developers"
copyright = "2026, the newsparse developers"
release = __version__
version = ".".join(release.split(".")[:2])

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "myst_parser",
]
# The benchmark results are Markdown written by the harness; MyST renders their tables as tables.
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
myst_enable_extensions = ["colon_fence"]
# The results file steps from its title (#) to its sets (###), as the harness writes it.
suppress_warnings = ["myst.header"]
# newsparse.dask imports dask at import time; the docs build does not need dask installed.
autodoc_mock_imports = ["dask", "distributed"]
html_static_path = ["_static"]
autodoc_member_order = "bysource"
autodoc_typehints = "description"
napoleon_google_docstring = True
napoleon_numpy_docstring = False
nitpicky = True
nitpick_ignore = [
    ("py:class", "attrs.Factory"),
    ("py:class", "newsparse._normalize.dates.DateMatch"),
]
# The standard library's and attrs' own inventories would need intersphinx, which needs the
# network; the build runs without one, so references into them are left unresolved on purpose.
nitpick_ignore_regex = [
    (r"py:.*", r"(datetime|os|typing|collections\.abc|pathlib|attrs|attr|dask|db|dt)\..*"),
    (r"py:.*", r"(Counter|collections\.Counter|Record|Path|BinaryIO|Kind)"),
]
# Only ``.. doctest::`` blocks run here; the docstrings' examples run under pytest --doctest-modules.
doctest_test_doctest_blocks = ""
exclude_patterns = ["_build"]
html_theme = "furo"
html_title = f"newsparse {release}"
