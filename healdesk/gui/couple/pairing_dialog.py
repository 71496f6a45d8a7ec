"""PairingDialog: this journal's pairing code (text and QR code), the partner's code typed or
pasted in, then the fingerprint words both people read aloud to each other."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from healdesk.gui.widgets.calm import PAGE_SPACING, add_heading, scaled_font, wrapped_label

if TYPE_CHECKING:
    from healdesk.vault.stores.journal import Journal


def qr_pixmap(text: str, scale: int = 4) -> QPixmap:
    """A QR code of `text`, dark on light in every theme (scanners need the contrast)."""
    import io

    import segno

    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=scale, border=4)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class PairingDialog(QDialog):
    """Pair `name` (a person in the journal) with their journal. Shows the words at once when
    they are paired already, so both can check again at any time."""

    def __init__(self, journal: Journal, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal, self.name = journal, name
        self.setWindowTitle(self.tr("Pair with my partner"))
        layout = QVBoxLayout(self)
        layout.setSpacing(PAGE_SPACING)
        add_heading(
            layout,
            self,
            self.tr("Pair with {name}").format(name=name),
            self.tr(
                "Give {name} your code, by any way you like: it holds no words from your "
                "journal. Then paste or type the code their HealDesk shows."
            ).format(name=name),
        )
        layout.addLayout(self._my_code())
        layout.addWidget(QLabel(self.tr("Their code"), self))
        self.their_code = QPlainTextEdit(self)
        self.their_code.setAccessibleName(self.tr("Their pairing code"))
        self.their_code.setFixedHeight(self.their_code.fontMetrics().lineSpacing() * 4)
        layout.addWidget(self.their_code)
        self.problem = wrapped_label("", self)
        self.problem.setAccessibleName(self.tr("Pairing problem"))
        layout.addWidget(self.problem)
        self.words = wrapped_label("", self)
        self.words.setFont(scaled_font(self.words, 1.5, bold=True))
        self.words.setAccessibleName(self.tr("Words to read aloud"))
        self.words_help = wrapped_label("", self, muted=True)
        layout.addWidget(self.words_help)
        layout.addWidget(self.words)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.pair_button = buttons.addButton(
            self.tr("&Pair"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.pair_button.clicked.connect(self.pair)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show_words()

    def _my_code(self) -> QHBoxLayout:
        row = QHBoxLayout()
        code = self.journal.pairing_code().text()
        self.qr = QLabel(self)
        self.qr.setPixmap(qr_pixmap(code))
        self.qr.setAccessibleName(self.tr("Your pairing code as a QR code"))
        row.addWidget(self.qr)
        column = QVBoxLayout()
        column.addWidget(QLabel(self.tr("Your code"), self))
        self.my_code = QPlainTextEdit(code, self)
        self.my_code.setReadOnly(True)
        self.my_code.setAccessibleName(self.tr("Your pairing code"))
        column.addWidget(self.my_code, 1)
        copy = QPushButton(self.tr("&Copy my code"), self)
        copy.setAutoDefault(False)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(code))
        column.addWidget(copy)
        row.addLayout(column, 1)
        return row

    def pair(self) -> None:
        from healdesk.core.couple.pairing import PairingCode, PairingCodeInvalid
        from healdesk.vault import VaultError

        try:
            self.journal.pair(self.name, PairingCode.parse(self.their_code.toPlainText()))
        except (PairingCodeInvalid, VaultError) as error:
            self.problem.setText(str(error))
            return
        self.problem.clear()
        self._show_words()

    def _show_words(self) -> None:
        from healdesk.vault.couple.share_errors import PartnerUnknown

        try:
            partner = self.journal.partner(self.name)
        except PartnerUnknown:
            return
        self.words.setText("  ".join(self.journal.fingerprint(partner)))
        self.words_help.setText(
            self.tr(
                "Paired. Now read these words aloud to each other: {name}'s screen shows the "
                "same words. If they differ, do not share yet, and pair again."
            ).format(name=self.name)
        )

    def close_for_lock(self) -> None:
        """Before the vault locks: forget the codes and words, and close."""
        for box in (self.my_code, self.their_code):
            box.clear()
        self.words.clear()
        self.qr.clear()
        self.reject()
