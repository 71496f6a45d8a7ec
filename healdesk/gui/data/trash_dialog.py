"""TrashDialog: entries moved to the trash, to restore or to let go of for good.

Lists entries by date, person and themes only, never by their text: the trash may be opened
with someone looking over one's shoulder.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from healdesk.gui.base import prompts
from healdesk.gui.data.entry_summary import summary_line
from healdesk.gui.forms.ui_trash import Ui_TrashDialog
from healdesk.gui.widgets.section_looks import apply_section_looks
from healdesk.vault import Journal


class TrashDialog(QDialog):
    """Emits `restored(ids)` after a restore and `emptied(count)` after emptying the trash."""

    restored = Signal(list)
    emptied = Signal(int)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TrashDialog()
        self.ui.setupUi(self)
        self._journal = journal
        self.ui.restoreButton.clicked.connect(self.restore_selected)
        self.ui.emptyButton.clicked.connect(self.empty)
        self.ui.entriesList.itemSelectionChanged.connect(self._update_buttons)
        self.ui.entriesList.itemActivated.connect(lambda _item: self.restore_selected())
        apply_section_looks(self)
        self.refresh()

    def refresh(self) -> None:
        entries = self.ui.entriesList
        entries.clear()
        for summary in reversed(self._journal.trashed()):  # newest first
            item = QListWidgetItem(summary_line(summary), entries)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
        has_entries = entries.count() > 0
        # A stack, not show/hide: the window's size hints stay put when the trash empties.
        self.ui.pages.setCurrentWidget(self.ui.listPage if has_entries else self.ui.emptyPage)
        self.ui.emptyButton.setEnabled(has_entries)
        if has_entries:
            entries.setCurrentRow(0)
        self._update_buttons()

    def restore_selected(self) -> None:
        ids = [i.data(Qt.ItemDataRole.UserRole) for i in self.ui.entriesList.selectedItems()]
        for conflict_id in ids:
            self._journal.restore_conflict(conflict_id)
        if ids:
            self.refresh()
            self.restored.emit(ids)

    def empty(self) -> None:
        count = self.ui.entriesList.count()
        if not count or not prompts.confirm(
            self,
            self.tr("Empty the trash?"),
            self.tr("One entry will be gone for good. This cannot be undone.")
            if count == 1
            else self.tr("{count} entries will be gone for good. This cannot be undone.").format(
                count=count
            ),
            self.tr("Empty trash"),
        ):
            return
        removed = self._journal.empty_trash()
        self.refresh()
        self.emptied.emit(removed)

    def _update_buttons(self) -> None:
        self.ui.restoreButton.setEnabled(bool(self.ui.entriesList.selectedItems()))

    def close_for_lock(self) -> None:
        """Before the vault locks: forget the listed entries and close."""
        self.ui.entriesList.clear()
        self.reject()
