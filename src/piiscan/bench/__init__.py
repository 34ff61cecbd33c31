"""Benchmarks: accuracy against Presidio on a labelled corpus (#3), and speed on PostgreSQL (#8).

Run them with ``piiscan bench accuracy|speed|export`` or ``python -m piiscan.bench ...``; see
__main__.py. Nothing here is imported by the scanner itself.
"""
