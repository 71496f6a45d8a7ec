"""The couple-mode buttons under a repair: "Share with <partner>..." and "See both sides".
Hidden while the journal is paired with nobody, so single users never meet them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QWidget

from healdesk.gui.base.windows import open_dialog

if TYPE_CHECKING:
    from healdesk.vault.stores.journal import Journal


class ShareButtons(QWidget):
    """Share this repair with a partner, or see both sides once it is shared."""

    shared = Signal()

    def __init__(self, journal: Journal, repair_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal, self.repair_id = journal, repair_id
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.share_button = QPushButton(self)
        self.share_button.clicked.connect(self._share_clicked)
        self.names: list[str] = []
        self.both_button = QPushButton(self.tr("See &both sides"), self)
        self.both_button.clicked.connect(self.show_both_sides)
        row.addWidget(self.share_button)
        row.addWidget(self.both_button)
        self.refresh()

    def partner_names(self) -> list[str]:
        """The partner this repair is shared with, else everyone the journal is paired with."""
        shared = self.journal.shared_repair(self.repair_id)
        if shared is not None and shared.partner:
            return [shared.partner]
        return [p.name for p in self.journal.partners()]

    def refresh(self) -> None:
        self.names = names = self.partner_names()
        self.share_button.setVisible(bool(names))
        self.both_button.setVisible(self.journal.shared_repair(self.repair_id) is not None)
        self.share_button.setMenu(None)
        if len(names) == 1:
            self.share_button.setText(self.tr("&Share with {name}…").format(name=names[0]))
        elif names:
            self.share_button.setText(self.tr("&Share with my partner…"))
            menu = QMenu(self.share_button)
            for name in names:
                menu.addAction(name, lambda n=name: self.share_with(n))
            self.share_button.setMenu(menu)

    def _share_clicked(self) -> None:
        if len(self.names) == 1:  # with several partners the button opens its menu instead
            self.share_with(self.names[0])

    def share_with(self, name: str) -> None:
        from healdesk.gui.couple.share_dialog import ShareDialog

        dialog = ShareDialog(self.journal, self.repair_id, name, self.window())
        dialog.accepted.connect(lambda: (self.refresh(), self.shared.emit()))
        open_dialog(dialog)

    def show_both_sides(self) -> None:
        from healdesk.gui.couple.side_by_side import SideBySideDialog

        open_dialog(SideBySideDialog(self.journal, self.repair_id, self.window()))
