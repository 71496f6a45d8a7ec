"""Drafts: typed words reach the vault while typing and come back after a crash or a lock."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
)

from healdesk.core.conflict import Conflict
from healdesk.gui.entry.entry_dialog import ConflictDialog
from healdesk.gui.entry.entry_drafts import pending_entry_drafts
from healdesk.gui.entry.entry_lock import close_entry_dialogs_for_lock
from tests.helpers.keyboard import offscreen_window_limits, type_text

#: Every prompt is answered from a queue, so none can block on a modal.
pytestmark = pytest.mark.usefixtures("prompt_queue")


@offscreen_window_limits
def test_typing_autosaves_a_draft_that_survives_the_dialog_being_destroyed(
    qtbot, journal, open_entry, monkeypatch
):
    monkeypatch.setattr(ConflictDialog, "autosave_interval_ms", 200)
    dialog = open_entry()
    type_text(dialog.ui.whatHappenedEdit, "She left the party early 🎉 — بدون أن تقول")
    qtbot.mouseClick(dialog.ui.myPartPicker.chip("going silent"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.ui.themePicker.name_edit, "parties")
    qtbot.keyClick(dialog.ui.themePicker.name_edit, Qt.Key.Key_Return)
    key = dialog.draft_key
    qtbot.waitUntil(lambda: journal.load_draft(key) is not None, timeout=3000)
    qtbot.keyClicks(dialog.ui.privateNotesEdit, "later words")
    qtbot.waitUntil(
        lambda: journal.load_draft(key)["fields"]["private_notes"] == "later words", timeout=3000
    )
    # A crash: the dialog goes away without save, close or lock.
    with qtbot.waitSignal(dialog.destroyed):
        dialog.deleteLater()

    assert pending_entry_drafts(journal) == [key]
    resumed = open_entry(dialog=ConflictDialog.resume(journal, key))
    ui = resumed.ui
    assert ui.whatHappenedEdit.toPlainText() == "She left the party early 🎉 — بدون أن تقول"
    assert ui.myPartPicker.selected() == ["going silent"]
    assert ui.themePicker.themes() == ["parties"]
    assert ui.privateNotesEdit.toPlainText() == "later words"
    assert "back" in ui.messageLabel.text()
    with qtbot.waitSignal(resumed.saved) as saved:
        resumed.save()
    assert journal.get_conflict(saved.args[0]).themes == ["parties"]
    assert pending_entry_drafts(journal) == []


def test_lock_keeps_a_draft_and_leaves_no_entry_text_in_any_widget(qtbot, journal, open_entry):
    secret = "the words nobody else may read"
    conflict_id = journal.add_conflict(
        Conflict(datetime.now().astimezone(), "saved text", person="Ana", themes=["work"])
    )
    dialog = open_entry(conflict_id)
    qtbot.keyClicks(dialog.ui.whatHappenedEdit, " " + secret)
    qtbot.keyClicks(dialog.ui.myFeelingsPicker.own_words, "unwatched")
    qtbot.keyClick(dialog.ui.myFeelingsPicker.own_words, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.ui.myWishPicker.own_words, "half typed")

    close_entry_dialogs_for_lock()

    assert not dialog.isVisible()
    # Walk every widget of the app at once (before deferred deletes run), as a lock test would.
    everything = QApplication.allWidgets()
    texts = [e.toPlainText() for e in everything if isinstance(e, QPlainTextEdit)]
    texts += [w.text() for w in everything if isinstance(w, QLineEdit | QAbstractButton | QLabel)]
    texts += [w.accessibleName() + w.toolTip() for w in everything]
    combos = [c for c in everything if isinstance(c, QComboBox)]
    texts += [c.itemText(i) for c in combos for i in range(c.count())]
    texts += dialog.ui.themePicker.completer.model().stringList()
    leftovers = [t for t in texts if secret in t or "unwatched" in t or "Ana" in t or "work" in t]
    assert leftovers == []
    for edit in dialog.findChildren(QPlainTextEdit):
        assert not edit.document().isUndoAvailable()
    for edit in dialog.findChildren(QLineEdit):
        assert not edit.isUndoAvailable()
    # The draft keeps everything that was picked or typed, to come back after unlock.
    assert pending_entry_drafts(journal) == [f"conflict:edit:{conflict_id}"]
    reopened = open_entry(conflict_id)
    assert reopened.ui.whatHappenedEdit.toPlainText() == "saved text " + secret
    assert reopened.ui.myFeelingsPicker.selected() == ["unwatched"]
    assert journal.get_conflict(conflict_id).what_happened == "saved text"  # not saved yet


def test_a_draft_of_an_entry_that_went_to_the_trash_comes_back_as_a_new_entry(
    qtbot, journal, open_entry
):
    conflict_id = journal.add_conflict(Conflict(datetime.now().astimezone(), "first words"))
    dialog = open_entry(conflict_id)
    qtbot.keyClicks(dialog.ui.whatHappenedEdit, ", more")
    dialog.close_for_lock()
    journal.delete_conflict(conflict_id)
    journal.empty_trash()
    [key] = pending_entry_drafts(journal)
    resumed = open_entry(dialog=ConflictDialog.resume(journal, key))
    assert resumed.ui.whatHappenedEdit.toPlainText() == "first words, more"
    with qtbot.waitSignal(resumed.saved) as saved:
        resumed.save()
    assert journal.trashed() == [] and journal.count() == 1
    assert journal.get_conflict(saved.args[0]).what_happened == "first words, more"


def test_an_untouched_dialog_leaves_no_draft(qtbot, journal, open_entry):
    dialog = open_entry()
    dialog.close_for_lock()
    assert pending_entry_drafts(journal) == []


def test_after_unlock_every_unsaved_entry_opens_again(qtbot, vault_folder, recovery_key):
    from healdesk.gui.entry.entry_dialog import reopen_entry_drafts
    from healdesk.vault import Vault

    vault = Vault.unlock(vault_folder, recovery_key=recovery_key)
    writing = [ConflictDialog(vault.journal) for _ in range(2)]
    for dialog, words in zip(writing, ("first unsaved", "second unsaved"), strict=True):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.ui.whatHappenedEdit, words)
    close_entry_dialogs_for_lock()
    vault.lock()

    vault = Vault.unlock(vault_folder, recovery_key=recovery_key)
    try:
        reopened = reopen_entry_drafts(vault.journal)
        for dialog in reopened:
            qtbot.addWidget(dialog)
        texts = sorted(d.ui.whatHappenedEdit.toPlainText() for d in reopened)
        assert texts == ["first unsaved", "second unsaved"]
        assert all(d.isVisible() and d.has_changes() for d in reopened)
        close_entry_dialogs_for_lock()
    finally:
        vault.lock()


def test_hiding_with_the_main_window_keeps_the_words_at_once(qtbot, journal, open_entry):
    dialog = open_entry()
    qtbot.keyClicks(dialog.ui.whatHappenedEdit, "typed a moment ago")
    assert pending_entry_drafts(journal) == []  # the autosave interval has not passed yet
    dialog.hide()  # e.g. the quick-hide shortcut hid every window
    assert journal.load_draft(dialog.draft_key)["fields"]["what_happened"] == "typed a moment ago"
    close_entry_dialogs_for_lock()  # hidden dialogs are swept too
    assert dialog.ui.whatHappenedEdit.toPlainText() == ""
    assert pending_entry_drafts(journal) == [dialog.draft_key]
