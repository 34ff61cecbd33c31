"""Held-out notice folders keep their expected sets in expected.py: data for the tests, not tests."""

collect_ignore_glob = ["holdout*/expected.py"]
