"""Data > Change passphrase… and the backups choice of every key change, driven like a person:
a real vault with backups in its folder, the real dialog typed into, the change in a real job."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMainWindow

from healdesk.gui.data.data_menu import DataActions
from healdesk.gui.data.passphrase_change import ChangePassphraseDialog
from healdesk.vault import Vault, errors
from healdesk.vault.safekeeping.restore import Secret, inspect_backup
from healdesk.vault.storage import layout
from tests.helpers.data_actions import Answers, StandInSession
from tests.helpers.offscreen import shows_dialogs
from tests.helpers.vaults import PASSPHRASE, own_backups

pytestmark = shows_dialogs

NEW = "seven quiet harbours 42"


@pytest.fixture
def window(qtbot):
    main = QMainWindow()
    qtbot.addWidget(main)
    return main


def open_dialog(qtbot, window, vault) -> tuple[DataActions, ChangePassphraseDialog]:
    actions = DataActions(window, StandInSession(vault))
    actions.passphrase_action.trigger()
    (dialog,) = window.findChildren(ChangePassphraseDialog)
    qtbot.waitExposed(dialog)
    return actions, dialog


def fill(qtbot, dialog: ChangePassphraseDialog, current: str, new: str, again: str) -> None:
    qtbot.keyClicks(dialog.current, current)
    qtbot.keyClicks(dialog.form.first, new)
    qtbot.keyClicks(dialog.form.second, again)


def ok_button(dialog: ChangePassphraseDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_a_new_passphrase_opens_the_journal_and_its_backups_the_old_one_nothing(
    qtbot, window, vault, monkeypatch
):
    backups = own_backups(vault)
    answers = Answers(monkeypatch)
    _actions, dialog = open_dialog(qtbot, window, vault)
    fill(qtbot, dialog, PASSPHRASE, NEW, NEW[:-1])
    assert not ok_button(dialog).isEnabled()  # the two differ
    qtbot.keyClicks(dialog.form.second, NEW[-1])
    assert ok_button(dialog).isEnabled()
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.current.text() == "" and dialog.form.first.text() == ""  # not kept in widgets
    qtbot.waitUntil(lambda: bool(answers.said), timeout=30_000)

    kind, text = answers.said[0]
    assert kind == "inform" and "The passphrase was changed" in text, text
    assert "2 backup" in text and "anywhere else" in text
    folder = vault.folder
    vault.lock()
    Vault.unlock(folder, passphrase=NEW).lock()
    with pytest.raises(errors.WrongPassphrase):
        Vault.unlock(folder, passphrase=PASSPHRASE)
    for backup in backups:
        inspect_backup(backup, Secret(passphrase=NEW))
        with pytest.raises(errors.WrongPassphrase):
            inspect_backup(backup, Secret(passphrase=PASSPHRASE))


def test_a_wrong_current_passphrase_changes_nothing_and_says_so(qtbot, window, vault, monkeypatch):
    keys_before = (vault.folder / layout.KEYS).read_bytes()
    answers = Answers(monkeypatch)
    _actions, dialog = open_dialog(qtbot, window, vault)
    fill(qtbot, dialog, "not my passphrase", NEW, NEW)
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(answers.said), timeout=30_000)
    assert answers.said == [
        ("warn", "That passphrase does not open this journal. Please try again.")
    ]
    assert (vault.folder / layout.KEYS).read_bytes() == keys_before


def test_the_backups_may_be_deleted_instead(qtbot, window, vault, monkeypatch):
    backups = own_backups(vault)
    answers = Answers(monkeypatch)
    _actions, dialog = open_dialog(qtbot, window, vault)
    fill(qtbot, dialog, PASSPHRASE, NEW, NEW)
    dialog.delete_backups.setChecked(True)
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(answers.said), timeout=30_000)
    assert "2 backup" in answers.said[0][1] and "deleted" in answers.said[0][1]
    assert not any(backup.exists() for backup in backups)


def test_a_new_recovery_key_may_delete_the_backups_instead(
    qtbot, window, vault, recovery_key, monkeypatch
):
    backups = own_backups(vault)
    answers = Answers(monkeypatch, option=True)
    actions = DataActions(window, StandInSession(vault))
    actions.recovery_action.trigger()
    qtbot.waitUntil(lambda: bool(answers.said), timeout=30_000)
    assert answers.said[0][0] == "inform" and "deleted" in answers.said[0][1]
    assert not any(backup.exists() for backup in backups)
    (new_key,) = answers.shown_keys
    folder = vault.folder
    vault.lock()
    Vault.unlock(folder, recovery_key=new_key).lock()
