"""The plain-text dump parser."""

from newsparse._text.parser import parse_text, read_text

__all__ = ["parse_text", "read_text"]
