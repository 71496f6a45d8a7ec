"""The device slot through key changes, against the real Secret Service (`keychain` marker,
run by .ci/test.sh inside a D-Bus session, as tests/vault/test_keychain.py)."""

from __future__ import annotations

import pytest

from healdesk.vault import Vault
from healdesk.vault.access.slots import NewRecoveryKey
from healdesk.vault.errors import WrongPassphrase
from tests.helpers.vaults import PASSPHRASE

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
        opened.replace_data_key("a new passphrase 3", NewRecoveryKey())
        assert opened.has_device_slot
    with Vault.unlock(folder, device=True) as opened:  # ... and again after the new data key
        opened.forget_device()
    assert Vault.unlock_methods(folder) == {"passphrase", "recovery"}
    Vault.unlock(folder, passphrase="a new passphrase 3").lock()


@pytest.mark.usefixtures("secret_service")
def test_the_app_offers_remember_on_this_device_and_toggles_it(qtbot, vault, monkeypatch):
    from PySide6.QtWidgets import QMainWindow

    from healdesk.gui.data.data_menu import DataActions
    from tests.helpers.data_actions import Answers, StandInSession

    window = QMainWindow()
    qtbot.addWidget(window)
    Answers(monkeypatch)
    actions = DataActions(window, StandInSession(vault))
    with qtbot.waitSignal(actions.probe_keychain().succeeded, timeout=20_000):
        pass
    assert actions.device_action.isVisible() and not actions.device_action.isChecked()
    for remember in (True, False):
        actions.device_action.trigger()
        qtbot.waitUntil(lambda r=remember: vault.has_device_slot == r, timeout=20_000)
        qtbot.waitUntil(lambda: not actions.tasks, timeout=20_000)
        assert actions.device_action.isChecked() == remember
