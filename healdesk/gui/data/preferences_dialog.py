"""The preferences dialog (its form is imported only when it is opened)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QWidget

from healdesk import i18n
from healdesk.gui.data.preferences import APPEARANCE_CHOICES, AUTO_LOCK_CHOICES, Preferences
from healdesk.gui.forms.ui_preferences import Ui_PreferencesDialog
from healdesk.i18n import _
from healdesk.vault.safekeeping.backups import RetentionPolicy


class PreferencesDialog(QDialog):
    """Edits `Preferences`; `changed` fires after OK so the session can apply the choices."""

    changed = Signal()

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PreferencesDialog()
        self.ui.setupUi(self)
        self._preferences = preferences
        for minutes, label in AUTO_LOCK_CHOICES:
            self.ui.autoLock.addItem(_(label), minutes)
        for scheme, label in APPEARANCE_CHOICES:
            self.ui.appearance.addItem(_(label), scheme)
        self.ui.autoLock.setCurrentIndex(self.ui.autoLock.findData(preferences.auto_lock_minutes))
        self.ui.appearance.setCurrentIndex(self.ui.appearance.findData(preferences.appearance))
        self.ui.lockOnScreenLock.setChecked(preferences.lock_on_screen_lock)
        self._add_language_row()
        self._show_backup_folder(preferences.backup_folder)
        policy = preferences.retention
        self.ui.keepDaily.setValue(policy.daily)
        self.ui.keepWeekly.setValue(policy.weekly)
        self.ui.keepMonthly.setValue(policy.monthly)
        self.ui.chooseBackupFolder.clicked.connect(self.choose_backup_folder)
        self.ui.defaultBackupFolder.clicked.connect(lambda: self._show_backup_folder(None))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        self._preferences.auto_lock_minutes = self.ui.autoLock.currentData()
        self._preferences.appearance = self.ui.appearance.currentData()
        self._preferences.lock_on_screen_lock = self.ui.lockOnScreenLock.isChecked()
        self._preferences.language = self.language.currentData()
        self._preferences.backup_folder = self._backup_folder
        self._preferences.retention = RetentionPolicy(
            self.ui.keepDaily.value(), self.ui.keepWeekly.value(), self.ui.keepMonthly.value()
        )
        self._preferences.sync()
        super().accept()
        self.changed.emit()

    def _add_language_row(self) -> None:
        """Language, under Appearance: added here rather than in the Designer form, so the
        form stays as other work left it. Each language is named in its own words."""
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.addItem(_("Follow the system"), None)
        for tag in i18n.available_languages():
            self.language.addItem(i18n.language_name(tag), tag)
        self.language.setCurrentIndex(max(0, self.language.findData(self._preferences.language)))
        self.language.setToolTip(_("HealDesk speaks the chosen language from its next start."))
        label = QLabel(_("&Language:"), self)
        label.setBuddy(self.language)
        self.ui.form.insertRow(3, label, self.language)

    def choose_backup_folder(self) -> None:
        from healdesk.gui.base import prompts

        folder = prompts.choose_folder(self, _("Choose a folder for automatic backups"))
        if folder is not None:
            self._show_backup_folder(folder)

    def _show_backup_folder(self, folder: Path | None) -> None:
        """None: the journal's own backups/ folder (the placeholder text says so)."""
        self._backup_folder = folder
        self.ui.backupFolder.setText(str(folder) if folder else "")
        self.ui.backupFolder.setToolTip(str(folder) if folder else "")
        self.ui.defaultBackupFolder.setEnabled(folder is not None)
