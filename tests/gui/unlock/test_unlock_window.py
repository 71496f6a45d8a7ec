"""The unlock screen with real vault files: passphrase, recovery key, refusals, damage."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from healdesk.core.conflict import Conflict
from healdesk.gui.base.windows import present
from healdesk.gui.unlock.unlock_window import UnlockWindow
from healdesk.vault import Vault
from healdesk.vault.errors import WrongPassphrase
from tests.helpers.vaults import PASSPHRASE

NEW_PASSPHRASE = "lantern orchard pebble 42"


@pytest.fixture
def unlock_window(qtbot, vault_folder):
    window = UnlockWindow(vault_folder)
    qtbot.addWidget(window)
    present(window)
    return window


def snapshot(folder):
    """The journal's files (the instance lock file is HealDesk's own and holds only a pid)."""
    return {
        p.name: p.read_bytes()
        for p in sorted(folder.iterdir())
        if p.is_file() and p.name != "healdesk.lock"
    }


def test_passphrase_unlocks_off_the_ui_thread(qtbot, unlock_window):
    window = unlock_window
    qtbot.keyClicks(window.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.opened, timeout=15_000) as opened:
        qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
        assert window.busy.isVisible() and not window.pages.isEnabled()
    vault = opened.args[0]
    try:
        assert vault.is_unlocked and vault.journal.count() == 0
        assert window.passphrase.text() == ""
    finally:
        vault.lock()


def test_wrong_passphrase_is_said_plainly(qtbot, unlock_window):
    window = unlock_window
    qtbot.keyClicks(window.passphrase, "not the passphrase")
    qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.busy.isVisible(), timeout=15_000)
    assert window.message.text() == str(WrongPassphrase())
    assert window.message.isVisible() and window.pages.isEnabled()
    assert window.passphrase.text() == "" and window.passphrase.hasFocus()


def test_empty_passphrase_asks_for_one(qtbot, unlock_window):
    unlock_window.unlock_button.click()
    assert "type your passphrase" in unlock_window.message.text()
    assert not unlock_window.busy.isVisible()


def test_recovery_key_then_a_new_passphrase(qtbot, unlock_window, vault_folder, recovery_key):
    window = unlock_window
    window.recovery_link.click()
    qtbot.keyClicks(window.recovery_key, recovery_key.replace("-", " ").lower())
    qtbot.keyClick(window.recovery_key, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.pages.currentWidget() is window.new_passphrase_page, timeout=15_000
    )
    form = window.new_passphrase
    qtbot.keyClicks(form.first, NEW_PASSPHRASE)
    assert not window.save_passphrase_button.isEnabled()
    qtbot.keyClicks(form.second, NEW_PASSPHRASE)
    assert window.save_passphrase_button.isEnabled()
    with qtbot.waitSignal(window.opened, timeout=20_000) as opened:
        window.save_passphrase_button.click()
    opened.args[0].lock()
    Vault.unlock(vault_folder, passphrase=NEW_PASSPHRASE).lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_folder, passphrase=PASSPHRASE)


def test_second_instance_gets_a_clear_message_and_the_first_keeps_working(
    qtbot, unlock_window, vault_folder, recovery_key
):
    first = Vault.unlock(vault_folder, recovery_key=recovery_key)
    try:
        qtbot.keyClicks(unlock_window.passphrase, PASSPHRASE)
        qtbot.keyClick(unlock_window.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: unlock_window.message.isVisible(), timeout=15_000)
        assert "already open in another HealDesk" in unlock_window.message.text()
        first.journal.add_conflict(Conflict(datetime.now().astimezone(), "still mine"))
        assert first.journal.count() == 1
    finally:
        first.lock()


def test_damaged_key_file_is_explained_and_a_backup_restores_elsewhere(
    qtbot, vault_folder, recovery_key, answers, tmp_path
):
    with Vault.unlock(vault_folder, recovery_key=recovery_key) as vault:
        vault.journal.add_conflict(Conflict(datetime.now().astimezone(), "kept in the backup"))
        vault.backup_to(tmp_path / "saved.healdesk-backup")
    for name in ("keys.json", "keys.json.bak"):
        (vault_folder / name).write_bytes(b'{"format": "something else"}')
    before = snapshot(vault_folder)

    window = UnlockWindow(vault_folder)
    qtbot.addWidget(window)
    present(window)
    assert window.pages.currentWidget() is window.problem_page
    assert "key file is damaged" in window.problem.text()

    answers["open_path"] = tmp_path / "saved.healdesk-backup"
    answers["ask_secret"] = recovery_key
    answers["choose_folder"] = tmp_path / "restored"
    answers["confirm"] = True
    with qtbot.waitSignal(window.restored, timeout=20_000) as restored:
        window.restore_button.click()
    assert restored.args == [tmp_path / "restored"]
    shown = next(args[2] for name, args in answers["asked"] if name == "confirm")
    today = datetime.now()
    assert f"1 entry from {today.day} {today:%B %Y} to {today.day} {today:%B %Y}" in shown
    with Vault.unlock(tmp_path / "restored", recovery_key=recovery_key) as vault:
        assert vault.journal.get_conflict(1).what_happened == "kept in the backup"
    assert snapshot(vault_folder) == before


def test_restore_with_the_wrong_secret_says_so_and_writes_nothing(
    qtbot, vault_folder, recovery_key, answers, tmp_path
):
    with Vault.unlock(vault_folder, recovery_key=recovery_key) as vault:
        vault.backup_to(tmp_path / "saved.healdesk-backup")
    (vault_folder / "journal.db").write_bytes(b"damaged")
    before = snapshot(vault_folder)
    window = UnlockWindow(vault_folder)
    qtbot.addWidget(window)
    present(window)
    answers["open_path"] = tmp_path / "saved.healdesk-backup"
    answers["ask_secret"] = "not the passphrase"
    answers["choose_folder"] = tmp_path / "restored"
    answers["warn"] = None
    window.restore_backup()
    qtbot.waitUntil(lambda: answers["asked"][-1][0] == "warn", timeout=15_000)
    assert answers["asked"][-1][1][2] == str(WrongPassphrase())
    assert not (tmp_path / "restored").exists()
    assert window.pages.isEnabled()
    assert snapshot(vault_folder) == before


def test_restore_refuses_a_folder_that_holds_a_journal(
    qtbot, unlock_window, vault_folder, answers, tmp_path
):
    before = snapshot(vault_folder)
    answers["open_path"] = tmp_path / "saved.healdesk-backup"
    answers["ask_secret"] = PASSPHRASE
    answers["choose_folder"] = vault_folder
    answers["warn"] = None
    unlock_window.restore_backup()
    assert "already holds a journal" in answers["asked"][-1][1][2]
    assert snapshot(vault_folder) == before


def test_foreign_database_is_explained_and_left_byte_identical(
    qtbot, unlock_window, vault_folder, answers, tmp_path
):
    (vault_folder / "journal.db").unlink()
    plain = sqlite3.connect(vault_folder / "journal.db")
    plain.execute("CREATE TABLE notes (text)")
    plain.commit()
    plain.close()
    before = snapshot(vault_folder)
    qtbot.keyClicks(unlock_window.passphrase, PASSPHRASE)
    qtbot.keyClick(unlock_window.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: unlock_window.pages.currentWidget() is unlock_window.problem_page, timeout=15_000
    )
    assert "not a HealDesk journal" in unlock_window.problem.text()
    assert snapshot(vault_folder) == before

    answers["choose_folder"] = tmp_path / "fresh"
    with qtbot.waitSignal(unlock_window.new_journal_requested) as requested:
        unlock_window.start_elsewhere()
    assert requested.args == [tmp_path / "fresh"]
    assert snapshot(vault_folder) == before


def test_a_broken_backup_is_refused_without_writing(qtbot, unlock_window, answers, tmp_path):
    (tmp_path / "junk.healdesk-backup").write_bytes(b"not a zip")
    answers["open_path"] = tmp_path / "junk.healdesk-backup"
    answers["ask_secret"] = PASSPHRASE
    answers["choose_folder"] = tmp_path / "target"
    answers["warn"] = None
    unlock_window.restore_backup()
    qtbot.waitUntil(lambda: answers["asked"][-1][0] == "warn", timeout=15_000)
    assert "not a HealDesk backup" in answers["asked"][-1][1][2]
    assert not (tmp_path / "target" / "keys.json").exists()


def test_declining_after_the_summary_writes_nothing(
    qtbot, vault_folder, recovery_key, answers, tmp_path
):
    with Vault.unlock(vault_folder, recovery_key=recovery_key) as vault:
        vault.backup_to(tmp_path / "saved.healdesk-backup")
    (vault_folder / "journal.db").write_bytes(b"damaged")
    window = UnlockWindow(vault_folder)
    qtbot.addWidget(window)
    present(window)
    answers["open_path"] = tmp_path / "saved.healdesk-backup"
    answers["ask_secret"] = PASSPHRASE
    answers["choose_folder"] = tmp_path / "restored"
    answers["confirm"] = False
    window.restore_backup()
    qtbot.waitUntil(lambda: answers["asked"][-1][0] == "confirm", timeout=15_000)
    assert "The backup is intact: 0 entries, and 0 repairs" in answers["asked"][-1][1][2]
    qtbot.waitUntil(lambda: window.pages.isEnabled())
    assert not (tmp_path / "restored").exists()
