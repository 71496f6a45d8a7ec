"""The secret of every test vault the shared fixtures make."""

from __future__ import annotations

#: The passphrase of every test vault made by the fixtures in tests/conftest.py.
PASSPHRASE = "calm river 7 tests"
