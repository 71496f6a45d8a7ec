"""Before a lock: every window of the entry part forgets what it showed and closes."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QComboBox, QListWidget, QTableWidget

from healdesk.core.conflict import Conflict
from healdesk.gui.data.labels_dialog import LabelsDialog
from healdesk.gui.data.trash_dialog import TrashDialog
from healdesk.gui.entry.entry_lock import close_entry_dialogs_for_lock
from tests.helpers.keyboard import show_active

#: Every prompt is answered from a queue, so none can block on a modal.
pytestmark = pytest.mark.usefixtures("prompt_queue")


def test_trash_and_labels_dialogs_forget_names_and_close(qtbot, journal, open_entry):
    kept = journal.add_conflict(
        Conflict(datetime.now().astimezone(), "x", person="Robin", themes=["visits"])
    )
    gone = journal.add_conflict(Conflict(datetime.now().astimezone(), "y", person="Robin"))
    journal.delete_conflict(gone)
    windows = [TrashDialog(journal), LabelsDialog(journal), open_entry(kept)]
    for window in windows[:2]:
        qtbot.addWidget(window)
        show_active(qtbot, window)

    close_entry_dialogs_for_lock()

    assert not any(w.isVisible() for w in windows)
    shown = []
    for window in windows:
        for view in window.findChildren(QListWidget):
            shown += [view.item(i).text() for i in range(view.count())]
        for table in window.findChildren(QTableWidget):
            shown += [
                table.item(r, c).text()
                for r in range(table.rowCount())
                for c in range(table.columnCount())
            ]
        for combo in window.findChildren(QComboBox):
            shown += [combo.itemText(i) for i in range(combo.count())] + [combo.currentText()]
    assert not [t for t in shown if "Robin" in t or "visits" in t]
