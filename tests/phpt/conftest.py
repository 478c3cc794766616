"""The team's own .phpt tests: each .phpt file here is a test item run against the shim
(``phpcompat.translate.pytest_plugin``); ``tests/translate/test_translate_phpt.py`` also
checks every expectation against real PHP."""

from phpcompat.translate.pytest_plugin import pytest_collect_file as pytest_collect_file  # noqa: F401
