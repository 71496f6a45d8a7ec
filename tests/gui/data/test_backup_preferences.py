"""Backup folder and retention in Preferences reach the next automatic backup."""

from __future__ import annotations

from datetime import datetime, timedelta

from healdesk.gui.data.preferences_dialog import PreferencesDialog
from healdesk.vault import Vault
from healdesk.vault.safekeeping.backups import RetentionPolicy, automatic_backups, automatic_name
from healdesk.vault.storage.layout import BACKUP_FOLDER


def test_defaults_are_the_journal_folder_and_7_4_6(qtbot, preferences):
    dialog = PreferencesDialog(preferences)
    qtbot.addWidget(dialog)
    assert dialog.ui.backupFolder.text() == ""
    assert dialog.ui.backupFolder.placeholderText() == "The journal's backups folder"
    assert not dialog.ui.defaultBackupFolder.isEnabled()
    spins = (dialog.ui.keepDaily, dialog.ui.keepWeekly, dialog.ui.keepMonthly)
    assert [spin.value() for spin in spins] == [7, 4, 6]
    assert preferences.backup_folder is None and preferences.retention == RetentionPolicy()


def test_chosen_folder_and_policy_shape_the_next_automatic_backup(
    qtbot, preferences, make_session, vault_folder, recovery_key, answers, tmp_path
):
    chosen = tmp_path / "Synced backups"
    chosen.mkdir()
    vault_id = _vault_id(vault_folder, recovery_key)
    now = datetime.now()
    older = [chosen / automatic_name(vault_id, now - timedelta(days=d)) for d in range(1, 6)]
    for path in older:  # stand-ins: pruning goes by name and only deletes
        path.write_bytes(b"old")

    dialog = PreferencesDialog(preferences)
    qtbot.addWidget(dialog)
    answers["choose_folder"] = chosen
    dialog.ui.chooseBackupFolder.click()
    assert dialog.ui.backupFolder.text() == str(chosen)
    dialog.ui.keepDaily.setValue(2)
    dialog.ui.keepWeekly.setValue(0)
    dialog.ui.keepMonthly.setValue(0)
    dialog.accept()
    assert preferences.backup_folder == chosen
    assert preferences.retention == RetentionPolicy(2, 0, 0)

    session = make_session(vault_folder)
    session.open(Vault.unlock(vault_folder, recovery_key=recovery_key))
    qtbot.waitUntil(
        lambda: (
            len(automatic_backups(chosen, vault_id)) == 2
            and automatic_backups(chosen, vault_id)[0][0].date() == now.date()
        ),
        timeout=30_000,
    )
    kept = [path for _, path in automatic_backups(chosen, vault_id)]
    assert kept[1] == older[0]  # today's real backup and yesterday's
    assert not list((vault_folder / BACKUP_FOLDER).glob("auto-*"))


def test_use_the_journals_folder_again(qtbot, preferences, answers, tmp_path):
    preferences.backup_folder = tmp_path
    dialog = PreferencesDialog(preferences)
    qtbot.addWidget(dialog)
    assert dialog.ui.backupFolder.text() == str(tmp_path)
    dialog.ui.defaultBackupFolder.click()
    dialog.accept()
    assert preferences.backup_folder is None


def _vault_id(folder, recovery_key):
    with Vault.unlock(folder, recovery_key=recovery_key) as vault:
        return vault.vault_id
