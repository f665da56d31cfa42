import pytest


@pytest.fixture(autouse=True)
def _browser_first(browser):
    """Start Chromium before any database fixture of a browser test (see tests/conftest.py)."""
