"""The HTML page parser.

Three packages by job, each layer importing only the ones below it (checked by import-linter):
``page`` (the tree, its facts and the shared tables), then ``meta`` (title, people, dates, site,
section) and ``body`` (container, furniture, paragraphs, figures), which never import each other,
and :mod:`~newsparse._html.parser` on top, which joins their results into an article.
"""

from newsparse._html.parser import parse_html

__all__ = ["parse_html"]
