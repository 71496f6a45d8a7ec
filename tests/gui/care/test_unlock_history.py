"""Unlock history in the app: the unlock screen counts a wrong passphrase, the calm notice
comes once after an unlock that followed failed attempts (never otherwise), and Help >
Unlock history… lists openings and attempts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from healdesk.gui.care.unlock_history import UnlockHistoryDialog, UnlockNotice
from healdesk.vault import Vault
from healdesk.vault.errors import WrongPassphrase
from healdesk.vault.stores.unlock_history import failed_times
from tests.helpers.offscreen import shows_dialogs
from tests.helpers.vaults import PASSPHRASE

pytestmark = shows_dialogs


def shown(kind) -> list:
    return [w for w in QApplication.allWidgets() if isinstance(w, kind) and w.isVisible()]


def fail_three_times(folder) -> None:
    for guess in ("guess one", "guess two", "guess three"):
        with pytest.raises(WrongPassphrase):
            Vault.unlock(folder, passphrase=guess)


def test_the_unlock_screen_counts_a_wrong_passphrase(make_session, vault_folder, qtbot):
    session = make_session(vault_folder)
    session.start()
    unlock = session.unlock_window
    qtbot.keyClicks(unlock.passphrase, "not the passphrase")
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not unlock.busy.isVisible(), timeout=15_000)
    assert len(failed_times(vault_folder)) == 1
    qtbot.keyClicks(unlock.passphrase, PASSPHRASE)
    with qtbot.waitSignal(session.opened, timeout=15_000):
        qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    [notice] = shown(UnlockNotice)
    assert "1 attempt to open it did not succeed" in notice.message.text()


def test_the_notice_after_failed_attempts_comes_once(
    make_session, vault_folder, recovery_key, qtbot
):
    fail_three_times(vault_folder)
    session = make_session(vault_folder)
    session.open(Vault.unlock(vault_folder, recovery_key=recovery_key))
    [notice] = shown(UnlockNotice)
    text = notice.message.text()
    assert text.startswith("Since you last opened the journal, 3 attempts to open it")
    assert "If that was you, there is nothing to do." in text
    assert session.window.windowTitle() == "HealDesk"
    notice.ok_button.click()
    session.lock()
    session.open(Vault.unlock(vault_folder, recovery_key=recovery_key))
    assert shown(UnlockNotice) == []


def test_no_notice_when_nothing_unexpected_happened(open_session):
    assert shown(UnlockNotice) == []
    assert open_session.window.unlock_history_action.isEnabled()


def test_the_history_lists_openings_and_attempts(make_session, vault_folder, recovery_key, qtbot):
    fail_three_times(vault_folder)
    session = make_session(vault_folder)
    session.open(Vault.unlock(vault_folder, recovery_key=recovery_key))
    [notice] = shown(UnlockNotice)
    notice.history_button.click()
    assert shown(UnlockNotice) == []
    [history] = shown(UnlockHistoryDialog)
    table = history.table
    column = [table.item(row, 1).text() for row in range(table.rowCount())]
    assert column[0] == "Opened" and len(column) == 4
    assert all(text.startswith("Did not open") for text in column[1:])
    history.close()
    session.window.unlock_history_action.trigger()
    assert len(shown(UnlockHistoryDialog)) == 1


def test_a_journal_just_made_has_no_history_yet(qtbot, tmp_path):
    vault, _recovery_key = Vault.create(tmp_path / "new", PASSPHRASE)
    with vault:
        dialog = UnlockHistoryDialog(vault.journal)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.table.isHidden()
        dialog.close()
