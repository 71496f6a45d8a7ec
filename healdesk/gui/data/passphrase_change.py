"""Data > Change passphrase…: the current passphrase, a new one typed twice with its strength,
and what becomes of the older backups in the journal's backups folder."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from healdesk.gui.unlock.passphrase_form import NewPassphraseForm
from healdesk.vault.safekeeping.backup_keys import DELETE, REWRAP


@dataclass(frozen=True, slots=True)
class PassphraseChange:
    """What the person asked for; `backups` is REWRAP or DELETE (vault.backup_keys)."""

    current: str
    new: str
    backups: str


class ChangePassphraseDialog(QDialog):
    """Asks; changes nothing itself (DataActions runs the change in the background)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change passphrase"))
        intro = QLabel(
            self.tr(
                "Your recovery key keeps working. The backups in the journal's backups folder "
                "are updated so that only the new passphrase opens them."
            )
        )
        intro.setWordWrap(True)
        self.current = QLineEdit()
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current.setAccessibleName(self.tr("Current passphrase"))
        self.form = NewPassphraseForm()
        self.delete_backups = QCheckBox(delete_backups_words())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Change passphrase")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        rows = self.form.layout()
        assert isinstance(rows, QFormLayout)
        rows.insertRow(0, self.tr("C&urrent passphrase"), self.current)
        rows.labelForField(self.form.first).setText(self.tr("&New passphrase"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.delete_backups)
        layout.addWidget(self.buttons)
        self.current.textChanged.connect(self._update)
        self.form.validity_changed.connect(self._update)
        self._update()

    def change(self) -> PassphraseChange:
        backups = DELETE if self.delete_backups.isChecked() else REWRAP
        return PassphraseChange(self.current.text(), self.form.passphrase(), backups)

    def done(self, result: int) -> None:
        """The typed passphrases leave the widgets whichever way the dialog closes (after the
        `accepted` slots have read `change()`)."""
        super().done(result)
        self.current.clear()
        self.form.clear()

    def _update(self) -> None:
        ready = bool(self.current.text()) and self.form.valid
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)


def delete_backups_words() -> str:
    """The tick box every key change offers (the default updates the backups instead)."""
    return QCoreApplication.translate(
        "KeyChanges",
        "Delete the backups in the journal's backups folder instead of updating them",
    )
