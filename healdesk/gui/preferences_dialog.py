"""The preferences dialog (its form is imported only when it is opened)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from healdesk.gui.forms.ui_preferences import Ui_PreferencesDialog
from healdesk.gui.preferences import APPEARANCE_CHOICES, AUTO_LOCK_CHOICES, Preferences


class PreferencesDialog(QDialog):
    """Edits `Preferences`; `changed` fires after OK so the session can apply the choices."""

    changed = Signal()

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PreferencesDialog()
        self.ui.setupUi(self)
        self._preferences = preferences
        for minutes, label in AUTO_LOCK_CHOICES:
            self.ui.autoLock.addItem(label, minutes)
        for scheme, label in APPEARANCE_CHOICES:
            self.ui.appearance.addItem(label, scheme)
        self.ui.autoLock.setCurrentIndex(self.ui.autoLock.findData(preferences.auto_lock_minutes))
        self.ui.appearance.setCurrentIndex(self.ui.appearance.findData(preferences.appearance))
        self.ui.lockOnScreenLock.setChecked(preferences.lock_on_screen_lock)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        self._preferences.auto_lock_minutes = self.ui.autoLock.currentData()
        self._preferences.appearance = self.ui.appearance.currentData()
        self._preferences.lock_on_screen_lock = self.ui.lockOnScreenLock.isChecked()
        self._preferences.sync()
        super().accept()
        self.changed.emit()
