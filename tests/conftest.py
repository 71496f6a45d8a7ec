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
        ("HOME", ""),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
        ("HEALDESK_DATA_DIR", "healdesk-data"),
        ("HEALDESK_CONFIG_DIR", "healdesk-config"),
        ("HEALDESK_STATE_DIR", "healdesk-state"),
    ):
        path = home / sub if sub else home
        path.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(path))
    # Tests that want the real Secret Service opt in with the `keychain` marker and fixture;
    # everything else must see "no keychain" rather than whatever the machine offers.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    return home


#: The passphrase of every test vault made by the fixtures below.
PASSPHRASE = "calm river 7 tests"


@pytest.fixture(scope="session")
def vault_template(tmp_path_factory):
    """One real vault created per test session (creating costs a KDF calibration): each test
    gets its own copy. Returns (folder, recovery_key)."""
    from healdesk.vault import Vault

    folder = tmp_path_factory.mktemp("template") / "vault"
    vault, recovery_key = Vault.create(folder, PASSPHRASE)
    vault.lock()
    (folder / "healdesk.lock").unlink()
    return folder, recovery_key


@pytest.fixture
def vault_folder(vault_template, tmp_path):
    """A fresh, locked copy of the template vault in this test's tmp_path."""
    import shutil

    folder = tmp_path / "vault"
    shutil.copytree(vault_template[0], folder)
    return folder


@pytest.fixture
def recovery_key(vault_template):
    return vault_template[1]


@pytest.fixture
def vault(vault_folder, recovery_key):
    """An unlocked real vault. Unlocked with the recovery key: HKDF, about 1 ms, where the
    passphrase's scrypt costs about 0.35 s; tests about the passphrase unlock it themselves."""
    from healdesk.vault import Vault

    opened = Vault.unlock(vault_folder, recovery_key=recovery_key)
    yield opened
    opened.lock()


@pytest.fixture
def journal(vault):
    return vault.journal
