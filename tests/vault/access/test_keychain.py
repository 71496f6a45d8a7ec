"""The device slot against the real Secret Service (gnome-keyring in a D-Bus session).

The README's test command (.ci/test.sh) starts that session; these tests fail, not skip, when it
is missing, so a run that silently lost the keychain cannot pass.
"""

from __future__ import annotations

import pytest

from healdesk.vault import Vault
from healdesk.vault.access import device
from healdesk.vault.errors import DeviceSlotUnavailable

pytestmark = pytest.mark.keychain


def test_remember_on_device_then_unlock_without_a_passphrase(secret_service, vault):
    vault.remember_on_device()
    folder = vault.folder
    vault.lock()
    assert "device" in Vault.unlock_methods(folder)
    with Vault.unlock(folder, device=True) as again:
        assert again.has_device_slot
        again.forget_device()
    assert "device" not in Vault.unlock_methods(folder)
    with pytest.raises(DeviceSlotUnavailable):
        Vault.unlock(folder, device=True)


def test_a_keychain_that_forgot_the_secret_falls_back_to_the_passphrase(secret_service, vault):
    vault.remember_on_device()
    folder = vault.folder
    vault.lock()
    device.forget_secret(vault.vault_id)
    with pytest.raises(DeviceSlotUnavailable, match="Unlock with your passphrase"):
        Vault.unlock(folder, device=True)


def test_the_device_secret_read_from_the_keychain_is_wiped_after_use(
    secret_service, vault, monkeypatch
):
    """The only copy of the secret Python can reach is overwritten once the slot is opened."""
    vault.remember_on_device()
    folder = vault.folder
    vault.lock()
    handed_out = []

    def load_and_keep(vault_id):
        secret = device_load(vault_id)
        handed_out.append(secret)
        return secret

    device_load = device.load_secret
    monkeypatch.setattr(device, "load_secret", load_and_keep)
    with Vault.unlock(folder, device=True):
        pass
    assert len(handed_out) == 1 and len(handed_out[0]) == 32
    assert handed_out[0] == bytearray(32)


def test_an_availability_probe_leaves_another_process_probe_alone(secret_service):
    """CI once saw two pytest workers probe at once: one deleted the other's probe item and
    that worker answered "no keychain". An item a concurrent probe holds stays untouched."""
    backend = device._backend()
    others = "availability-probe"  # the name every probe once shared
    backend.set_password(device.SERVICE, others, "another process")
    try:
        assert device.available()
        assert backend.get_password(device.SERVICE, others) == "another process"
    finally:
        backend.delete_password(device.SERVICE, others)
