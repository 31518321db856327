"""The article's own content: its container, the furniture around it, paragraphs and figures.

Reads the page through :mod:`~newsparse._html.page`; never imports :mod:`~newsparse._html.meta`.
"""
