"""The pages of the unlock card: passphrase, recovery key, a new passphrase, and the page for
files that cannot be opened.

Each page is a plain view: it builds its widgets and exposes them; the unlock window wires
the buttons and does the work, so the pages hold no vault and no secret beyond what is typed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from healdesk.i18n import _


def card_layout(window: QWidget, card: QWidget) -> None:
    """Centre `card` (a calm column of fixed width) in `window`."""
    card.setFixedWidth(420)
    outer = QVBoxLayout(window)
    outer.addStretch(2)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(card)
    row.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(3)


def heading(text: str, role: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", role)
    label.setWordWrap(True)
    return label


def accent_button(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setProperty("accent", True)
    button.setAutoDefault(True)
    return button


def link_button(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


def field_row(field: QLineEdit, button: QPushButton) -> QHBoxLayout:
    """A field taking the width, with its button after it."""
    row = QHBoxLayout()
    row.addWidget(field, 1)
    row.addWidget(button)
    return row


def leading_row(*buttons: QPushButton) -> QHBoxLayout:
    """Buttons side by side from the start of the line."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


class _Page(QWidget):
    """A page of the card: no margins of its own, the card gives them."""

    def __init__(self) -> None:
        super().__init__()
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)


class PassphrasePage(_Page):
    """The usual way in: the passphrase, with links to the recovery key and the keychain."""

    def __init__(self) -> None:
        super().__init__()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(_("Passphrase"))
        self.passphrase.setAccessibleName(_("Passphrase"))
        self.unlock_button = accent_button(_("&Unlock"))
        self.column.addLayout(field_row(self.passphrase, self.unlock_button))
        self.device_button = link_button(_("Open with this &device's keychain"))
        self.device_button.hide()
        self.recovery_link = link_button(_("Forgot it? Use the &recovery key"))
        self.column.addLayout(leading_row(self.recovery_link, self.device_button))


class RecoveryPage(_Page):
    """The recovery key from the printed kit, typed loosely."""

    def __init__(self) -> None:
        super().__init__()
        self.column.addWidget(
            heading(
                _(
                    "Type the recovery key from your recovery kit. Dashes and capitals are optional."
                ),
                "",
            )
        )
        self.recovery_key = QLineEdit()
        self.recovery_key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.recovery_key.setAccessibleName(_("Recovery key"))
        self.unlock_button = accent_button(_("U&nlock"))
        self.column.addLayout(field_row(self.recovery_key, self.unlock_button))
        self.back_button = link_button(_("&Back to the passphrase"))
        self.column.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)


class NewPassphrasePage(_Page):
    """After a recovery-key unlock: the offer of a new passphrase, which can be declined."""

    def __init__(self) -> None:
        # The strength meter is heavy; it is imported only when this page is first needed.
        from healdesk.gui.unlock.passphrase_form import NewPassphraseForm

        super().__init__()
        self.column.addWidget(
            heading(
                _(
                    "The recovery key opened your journal. You can choose a new "
                    "passphrase now; the recovery key keeps working."
                ),
                "",
            )
        )
        self.form = NewPassphraseForm()
        self.column.addWidget(self.form)
        self.save_button = accent_button(_("&Save the new passphrase"))
        self.save_button.setEnabled(False)
        self.form.validity_changed.connect(self.save_button.setEnabled)
        self.later_button = QPushButton(_("Not &now"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.later_button)
        row.addWidget(self.save_button)
        self.column.addLayout(row)


class ProblemPage(_Page):
    """Files that cannot be opened: what went wrong, that nothing was touched, and two ways
    forward (restore a backup elsewhere, or start a new journal elsewhere)."""

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.problem = heading("", "")
        self.problem.setAccessibleName(_("What went wrong"))
        self.column.addWidget(self.problem)
        self.column.addWidget(
            heading(
                _(
                    "The files in {folder} were left exactly as they are. You can restore a backup into another folder (with the passphrase or recovery key it was made with), or start a new journal elsewhere."
                ).format(folder=folder),
                "subtitle",
            )
        )
        self.restore_button = QPushButton(_("&Restore a backup\u2026"))
        self.elsewhere_button = QPushButton(_("Start a new journal &elsewhere\u2026"))
        self.column.addLayout(leading_row(self.restore_button, self.elsewhere_button))
        self.column.addStretch(1)
