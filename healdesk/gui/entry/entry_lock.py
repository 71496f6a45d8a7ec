"""What the app calls just before the vault locks, for every window this part of it opens."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from healdesk.gui.data.labels_dialog import LabelsDialog
from healdesk.gui.data.trash_dialog import TrashDialog
from healdesk.gui.entry.entry_dialog import ConflictDialog


def close_entry_dialogs_for_lock() -> None:
    """Every open entry dialog keeps a draft in the vault, forgets its words and closes; the
    trash and the themes-and-people dialogs forget what they list and close. Call it while the
    vault is still open."""
    for window in QApplication.topLevelWidgets():
        # Hidden ones too: a quick-hide hides the dialogs with the main window before the lock.
        if isinstance(window, ConflictDialog | TrashDialog | LabelsDialog):
            window.close_for_lock()
