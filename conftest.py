"""Top-level pytest configuration: doctests of the package run with the tests."""

collect_ignore = ["abs_nb/__main__.py"]
