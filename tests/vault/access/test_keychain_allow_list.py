"""Only a real OS keychain may hold the device secret: keyrings.alt's plaintext file (or any
other keyring backend) means "not available", and nothing is written anywhere."""

from __future__ import annotations

import pytest

from healdesk.vault import Vault
from healdesk.vault.errors import DeviceSlotUnavailable
from tests.helpers.cli import assert_one_line_error, healdesk

PLAINTEXT = "keyrings.alt.file.PlaintextKeyring"


@pytest.fixture
def plaintext_keyring(monkeypatch, isolated_user_dirs):
    import keyring.core

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", PLAINTEXT)
    keyring.core.init_backend()
    assert type(keyring.get_keyring()).__name__ == "PlaintextKeyring"
    yield isolated_user_dirs
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    keyring.core.init_backend()


def written_files(home) -> list:
    return [p for p in home.rglob("*") if p.is_file() and "python_keyring" in str(p)]


def test_a_plaintext_keyring_is_not_a_keychain(plaintext_keyring, vault):
    assert not Vault.device_slot_available()
    with pytest.raises(DeviceSlotUnavailable):
        vault.remember_on_device()
    assert not vault.has_device_slot
    assert written_files(plaintext_keyring) == []


def test_the_command_offers_no_device_slot_with_a_plaintext_keyring(
    vault_folder, isolated_user_dirs
):
    result = healdesk(
        "keys",
        "remember-device",
        "--data-dir",
        str(vault_folder),
        env={"PYTHON_KEYRING_BACKEND": PLAINTEXT},
    )
    assert_one_line_error(result, "no usable keychain")
    assert Vault.unlock_methods(vault_folder) == {"passphrase", "recovery"}
    assert written_files(isolated_user_dirs) == []
