"""Every message box and file dialog of the app goes through here.

One narrow seam so tests can answer prompts (monkeypatch these functions) and never block
on a modal exec().
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox, QFileDialog, QMessageBox, QWidget


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask before something hard to undo; `action` labels the accepting button."""
    return confirm_with_option(parent, title, text, action) is not None


def confirm_with_option(
    parent: QWidget | None, title: str, text: str, action: str, option: str = ""
) -> bool | None:
    """`confirm` with a tick box labelled `option` under the text (unticked at first): None
    when declined, else whether the box was ticked."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    accept = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    tick = QCheckBox(option) if option else None
    box.setCheckBox(tick)
    box.exec()
    if box.clickedButton() is not accept:
        return None
    return tick is not None and tick.isChecked()


def save_path(parent: QWidget | None, caption: str, suggested: Path, filters: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, caption, str(suggested), filters)
    forget_file_dialog_history()
    return Path(name) if name else None


def open_path(parent: QWidget | None, caption: str, filters: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, caption, "", filters)
    forget_file_dialog_history()
    return Path(name) if name else None


def choose_folder(parent: QWidget | None, caption: str) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, caption, "")
    forget_file_dialog_history()
    return Path(name) if name else None


def failure_text(error: BaseException, what_failed: str) -> str:
    """Words for a job that failed. Errors HealDesk writes for people (vault and file-format
    errors) are shown as they are; any other error only by its kind or the system's reason,
    never by its text, which could quote anything, entry text included."""
    from healdesk.formats import FormatError
    from healdesk.vault.errors import VaultError

    if isinstance(error, (VaultError, FormatError)):
        return str(error)
    reason = error.strerror if isinstance(error, OSError) and error.strerror else None
    return f"{what_failed} ({reason or type(error).__name__})."


def forget_file_dialog_history() -> None:
    """Qt's own file dialog records the folders it visited in QtProject.conf, in plain text
    outside the vault; a folder such as "exports for Dr. K" says too much. Wipe it each time."""
    qt_settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    qt_settings.beginGroup("FileDialog")
    for key in ("history", "lastVisited", "shortcuts"):
        qt_settings.remove(key)
    qt_settings.endGroup()
    qt_settings.sync()


def ask_secret(parent: QWidget | None, title: str, label: str) -> str | None:
    """A passphrase or recovery key, typed hidden; None when cancelled or left empty."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    text, accepted = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return text if accepted and text else None


def retype(parent: QWidget | None, title: str, label: str) -> str | None:
    """Something shown in `label` typed back (a new recovery key, to prove it was written
    down); visible while typed. None when cancelled or left empty."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    text, accepted = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal)
    return text if accepted and text else None
