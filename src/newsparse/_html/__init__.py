"""The HTML page parser."""

from newsparse._html.parser import parse_html

__all__ = ["parse_html"]
