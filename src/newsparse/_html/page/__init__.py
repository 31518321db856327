"""The page itself: the parsed tree, the facts read off it, and the shared tag and class tables.

Every reader of a page stands on this package; it imports neither :mod:`~newsparse._html.meta`
nor :mod:`~newsparse._html.body`.
"""
