"""MoveOrderPicker: the optional "what happened next" of an entry, step by step.

Offered once more than one move was noted (mine under "My part", theirs under "What I noticed
them do"): the writer picks the moves in the order they happened, a move may come back ("I
pushed, they went quiet, I pushed again"), and nothing here is required. Steps are stored as
"me:<move>" / "them:<move>" (core.moves), shown as words.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from healdesk.core.analysis.moves import ME, THEM, parse_step, step, their_word
from healdesk.core.language.vocabulary import shown


class MoveOrderPicker(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._steps: list[str] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel(self.tr("Note more than one move above to put them in order."))
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "hint")
        row = QHBoxLayout()
        self.move_box = QComboBox()
        self.move_box.setAccessibleName(self.tr("Next move"))
        self.add_button = QPushButton(self.tr("Add as next step"))
        self.undo_button = QPushButton(self.tr("Remove last step"))
        row.addWidget(self.move_box, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.undo_button)
        self.steps_label = QLabel()
        self.steps_label.setWordWrap(True)
        self.steps_label.setAccessibleName(self.tr("Steps so far"))
        column.addWidget(self.hint)
        column.addLayout(row)
        column.addWidget(self.steps_label)
        self.add_button.clicked.connect(self._add)
        self.undo_button.clicked.connect(self._remove_last)
        self.set_moves([], [])

    # --- the dialog's side ----------------------------------------------------------------
    def set_moves(self, mine: Sequence[str], theirs: Sequence[str]) -> None:
        """The moves noted above, as stored keys (a suggestion's key, else the words typed)."""
        current = self.move_box.currentData()
        self.move_box.clear()
        for who, moves in ((ME, mine), (THEM, theirs)):
            for move in moves:
                self.move_box.addItem(self._word(who, move), step(who, move))
        if current is not None:
            self.move_box.setCurrentIndex(max(0, self.move_box.findData(current)))
        enough = self.move_box.count() > 1
        self.hint.setVisible(not enough)
        for widget in (self.move_box, self.add_button):
            widget.setVisible(enough)
        self._show()

    def steps(self) -> list[str]:
        return list(self._steps)

    def set_steps(self, steps: Sequence[str]) -> None:
        self._steps = [s for s in steps if parse_step(s)]
        self._show()

    def focus_chain(self) -> list[QWidget]:
        return [self.move_box, self.add_button, self.undo_button]

    def clear(self) -> None:
        self.move_box.clear()
        self.set_steps([])

    # --- internals ------------------------------------------------------------------------
    def _word(self, who: str, move: str) -> str:
        if who == ME:
            return self.tr("I: %1").replace("%1", shown(move))
        return self.tr("They: %1").replace("%1", their_word(move))

    def _add(self) -> None:
        chosen = self.move_box.currentData()
        if chosen:
            self._steps.append(chosen)
            self._show()
            self.changed.emit()

    def _remove_last(self) -> None:
        if self._steps:
            self._steps.pop()
            self._show()
            self.changed.emit()

    def _show(self) -> None:
        words = [self._word(*parse_step(s)) for s in self._steps]  # type: ignore[misc]
        self.steps_label.setText(" → ".join(words))
        self.steps_label.setVisible(bool(words))
        self.undo_button.setVisible(bool(words))
