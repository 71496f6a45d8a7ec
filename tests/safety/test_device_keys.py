"""The device slot through key changes, against the real Secret Service (`keychain` marker,
run by .ci/test.sh inside a D-Bus session, as tests/vault/test_keychain.py)."""

from __future__ import annotations

import pytest

from healdesk.vault import Vault
from healdesk.vault.errors import WrongPassphrase
from tests.conftest import PASSPHRASE
from tests.vault.test_keychain import secret_service  # noqa: F401  (the fixture)

pytestmark = pytest.mark.keychain


@pytest.mark.usefixtures("secret_service")
def test_device_slot_survives_a_passphrase_change_and_is_renewed_by_a_rekey(vault, recovery_key):
    vault.remember_on_device()
    vault.change_passphrase("a new passphrase 3")
    folder = vault.folder
    vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(folder, passphrase=PASSPHRASE)
    with Vault.unlock(folder, device=True) as opened:  # device slot still works
        opened.replace_data_key("a new passphrase 3")
        assert opened.has_device_slot
    with Vault.unlock(folder, device=True) as opened:  # ... and again after the new data key
        opened.forget_device()
    assert Vault.unlock_methods(folder) == {"passphrase", "recovery"}
    Vault.unlock(folder, passphrase="a new passphrase 3").lock()
