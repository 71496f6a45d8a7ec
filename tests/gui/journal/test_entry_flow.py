"""Writing, finding, locking and getting back a conflict entry through the real windows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from healdesk.gui.entry.entry_dialog import ConflictDialog
from tests.helpers.keyboard import NASTY, type_text
from tests.helpers.vaults import PASSPHRASE
from tests.helpers.widget_text import holders_of


def entry_dialog(window) -> ConflictDialog:
    dialogs = [d for d in window.findChildren(ConflictDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def test_write_find_and_reopen_an_entry_with_emoji_rtl_markup_and_100_kb(open_session, qtbot):
    window = open_session.window
    qtbot.waitActive(window)
    qtbot.keyClick(window.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = entry_dialog(window)
    edit = dialog.ui.whatHappenedEdit
    type_text(edit, "שלום 🫖 ")
    pasted = (NASTY * (100_000 // len(NASTY) + 1))[:100_000]
    QApplication.clipboard().setText(pasted)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    expected = "שלום 🫖 " + pasted
    assert edit.toPlainText() == expected
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.ui.saveButton.click()
    conflict_id = saved.args[0]
    QApplication.clipboard().clear()

    assert window.current_id() == conflict_id
    assert open_session.vault.journal.get_conflict(conflict_id).what_happened == expected
    assert expected in window.detail.toPlainText()
    qtbot.keyClicks(window.filters.search, "alert")
    window.filters.search_now()
    assert [window.model.summary(r).id for r in range(window.model.rowCount())] == [conflict_id]

    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    again = entry_dialog(window)
    assert again.ui.whatHappenedEdit.toPlainText() == expected
    again.close()


def test_unsaved_words_survive_a_lock_and_come_back_after_unlock(open_session, qtbot):
    window = open_session.window
    window.new_entry()
    dialog = entry_dialog(window)
    qtbot.keyClicks(dialog.ui.whatHappenedEdit, "Half written before the lock 5521")
    open_session.lock()
    assert holders_of("5521") == []

    unlock = open_session.unlock_window
    qtbot.keyClicks(unlock.passphrase, PASSPHRASE)
    with qtbot.waitSignal(open_session.opened, timeout=15_000):
        qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    back = entry_dialog(open_session.window)
    assert back.ui.whatHappenedEdit.toPlainText() == "Half written before the lock 5521"
    with qtbot.waitSignal(back.saved) as saved:
        back.ui.saveButton.click()
    assert open_session.window.current_id() == saved.args[0]


def test_themes_people_and_trash_dialogs_open_from_the_menu(open_session):
    from healdesk.gui.data.labels_dialog import LabelsDialog
    from healdesk.gui.data.trash_dialog import TrashDialog

    window = open_session.window
    window.labels_action.trigger()
    window.open_trash_action.trigger()
    labels, trash = window.findChild(LabelsDialog), window.findChild(TrashDialog)
    assert labels.isVisible() and trash.isVisible()
    open_session.lock()  # both close with the lock
    assert not labels.isVisible() and not trash.isVisible()
