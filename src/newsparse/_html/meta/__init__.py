"""What a page says about its article: title, people, dates, site and section.

Reads the page through :mod:`~newsparse._html.page`; never imports :mod:`~newsparse._html.body`.
"""
