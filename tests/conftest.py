"""Test setup shared by every test: no test may touch a real user folder or keychain."""

from __future__ import annotations

import os

import pytest

# Set before any test module imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Point every data, config, cache and keychain location into a fresh temp folder."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("HOME", ""), ("XDG_DATA_HOME", ".local/share"), ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"), ("XDG_STATE_HOME", ".local/state"),
        ("HEALDESK_DATA_DIR", "healdesk-data"), ("HEALDESK_CONFIG_DIR", "healdesk-config"),
    ):
        path = home / sub if sub else home
        path.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(path))
    # Tests that want the real Secret Service opt in with the `keychain` marker and fixture;
    # everything else must see "no keychain" rather than whatever the machine offers.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    return home
