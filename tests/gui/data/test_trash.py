"""Deleting an entry: to the trash with undo; restore and empty from the TrashDialog."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from healdesk.core.conflict import Conflict
from healdesk.gui.data.trash_dialog import TrashDialog
from healdesk.gui.widgets.undo_bar import UndoBar
from tests.helpers.keyboard import show_active

#: Every prompt is answered from a queue, so none can block on a modal.
pytestmark = pytest.mark.usefixtures("prompt_queue")


def add(journal, text, **fields):
    return journal.add_conflict(Conflict(datetime.now().astimezone(), text, **fields))


def test_deleting_from_the_dialog_moves_to_the_trash_and_undo_brings_it_back(
    qtbot, journal, open_entry
):
    conflict_id = add(journal, "about the dishes", themes=["chores"])
    window = QWidget()
    qtbot.addWidget(window)
    bar = UndoBar(window)
    dialog = open_entry(conflict_id)
    dialog.deleted.connect(
        lambda cid: bar.offer("Entry moved to the trash.", lambda: journal.restore_conflict(cid))
    )
    qtbot.keyClicks(dialog.ui.whatHappenedEdit, " and more")  # unsaved words do not block it
    with qtbot.waitSignal(dialog.deleted) as deleted:
        qtbot.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # Move to tr&ash
    assert deleted.args == [conflict_id]
    assert not dialog.isVisible()
    assert journal.count() == 0 and [s.id for s in journal.trashed()] == [conflict_id]
    assert journal.drafts() == []

    assert bar.isVisibleTo(window) and "trash" in bar.message.text()
    with qtbot.waitSignal(bar.undone):
        qtbot.mouseClick(bar.undo_button, Qt.MouseButton.LeftButton)
    assert journal.count() == 1 and journal.trashed() == []
    assert journal.get_conflict(conflict_id).what_happened == "about the dishes"
    assert not bar.isVisibleTo(window)


def test_a_new_entry_has_no_trash_button(qtbot, journal, open_entry):
    assert not open_entry().ui.trashButton.isVisible()


def test_trash_lists_without_text_restores_and_empties_after_asking(qtbot, journal, prompt_queue):
    keep = add(journal, "secret one", person="Sam", themes=["money"], intensity=5)
    gone = add(journal, "secret two")
    untouched = add(journal, "stays in the journal")
    journal.delete_conflict(keep)
    journal.delete_conflict(gone)
    dialog = TrashDialog(journal)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    rows = [dialog.ui.entriesList.item(i).text() for i in range(dialog.ui.entriesList.count())]
    assert len(rows) == 2 and not any("secret" in r for r in rows)
    assert any("with Sam" in r and "money" in r and "heated" in r for r in rows)

    row = next(i for i, r in enumerate(rows) if "Sam" in r)
    dialog.ui.entriesList.setCurrentRow(row)
    with qtbot.waitSignal(dialog.restored) as restored:
        qtbot.keyClick(dialog.ui.entriesList, Qt.Key.Key_Return)
    assert restored.args == [[keep]]
    assert sorted(s.id for s in journal.summaries()) == [keep, untouched]

    prompt_queue.confirm = [False]
    qtbot.mouseClick(dialog.ui.emptyButton, Qt.MouseButton.LeftButton)
    assert [s.id for s in journal.trashed()] == [gone]
    prompt_queue.confirm = [True]
    with qtbot.waitSignal(dialog.emptied) as emptied:
        qtbot.mouseClick(dialog.ui.emptyButton, Qt.MouseButton.LeftButton)
    assert emptied.args == [1]
    assert prompt_queue.asked[-1] == (
        "Empty the trash?",
        "One entry will be gone for good. This cannot be undone.",
    )
    assert journal.trashed() == [] and journal.count() == 2
    assert dialog.ui.emptyLabel.isVisible() and not dialog.ui.emptyButton.isEnabled()
