"""UndoBar: a quiet line that lets the last step be taken back ("Entry moved to the trash.
Undo"), so deleting needs no confirmation box in the way of someone who is upset."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from healdesk.gui.widgets.section_looks import soft_panel_style


class UndoBar(QFrame):
    """Hidden until `offer()`; hides itself again after `timeout_ms` or once used."""

    undone = Signal()

    timeout_ms = 15_000

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._undo: Callable[[], None] | None = None
        self.message = QLabel(self)
        self.undo_button = QPushButton(self.tr("&Undo"), self)
        self.undo_button.setAutoDefault(False)
        self.undo_button.setAccessibleName(self.tr("Undo"))
        self.dismiss_button = QToolButton(self)
        self.dismiss_button.setText("✕")
        self.dismiss_button.setAutoRaise(True)
        self.dismiss_button.setAccessibleName(self.tr("Dismiss"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.dismiss_button)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.dismiss)
        self.undo_button.clicked.connect(self.undo)
        self.dismiss_button.clicked.connect(self.dismiss)
        self.setObjectName("undoBar")
        self.hide()

    def offer(self, text: str, undo: Callable[[], None]) -> None:
        """Show `text` with an Undo button that calls `undo` (replacing any earlier offer)."""
        self._undo = undo
        self.message.setText(text)
        self.setStyleSheet(soft_panel_style(self, "QFrame#undoBar"))
        self.show()
        self._timer.start(self.timeout_ms)

    def undo(self) -> None:
        action, self._undo = self._undo, None
        self.dismiss()
        if action is not None:
            action()
            self.undone.emit()

    def dismiss(self) -> None:
        self._timer.stop()
        self._undo = None
        self.hide()
