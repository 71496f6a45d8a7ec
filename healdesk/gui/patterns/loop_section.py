"""The loop between us, in the insights panel: per theme, the cycle map with its plain
sentences and what lies underneath, then the "How we fight" reflection in the writer's words.

Reads summaries only, plus the latest reflection's answers (its own words, shown back as they
were written, never scored).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from healdesk.core.analysis.insights import LoopNote
from healdesk.gui.patterns.cycle_map import CycleMap
from healdesk.gui.widgets.calm import wrapped_label


class LoopSection(QWidget):
    """`reflect_requested()`: the writer wants to start (or redo) the reflection."""

    reflect_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("The loop between you"))
        heading.setStyleSheet("font-weight: bold")
        self.intro = wrapped_label(
            self.tr(
                "Note what you did under “My part” and what you noticed them do, and the moves "
                "that keep meeting show up here as a loop. It describes moves, not people."
            )
        )
        self.loops = QVBoxLayout()
        self.reflection = wrapped_label("")
        self.reflection.setAccessibleName(self.tr("How we fight, in your words"))
        self.reflect_button = QPushButton(self.tr("Reflect on how we fight…"))
        self.reflect_button.clicked.connect(self.reflect_requested)
        row = QHBoxLayout()
        row.addWidget(self.reflection, 1)
        row.addWidget(self.reflect_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addWidget(heading)
        column.addWidget(self.intro)
        column.addLayout(self.loops)
        column.addLayout(row)
        self.maps: list[CycleMap] = []

    def show_loops(self, notes: list[LoopNote], reflection: list[str]) -> None:
        self.clear()
        self.intro.setVisible(not notes)
        for note in notes:
            self.loops.addWidget(self._loop_box(note))
        self.reflection.setText(
            self.tr("In your “How we fight” reflection: %1").replace("%1", " ".join(reflection))
            if reflection
            else self.tr(
                "A short reflection on what you do when a conflict starts, what you need and what "
                "you fear can sit beside the loop. It is never scored."
            )
        )

    def clear(self) -> None:
        """Forget every move, name and word shown (before the vault locks)."""
        while self.loops.count():
            item = self.loops.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.maps = []
        self.reflection.clear()

    def _loop_box(self, note: LoopNote) -> QFrame:
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        theme = note.loop.theme or ""
        box.setAccessibleName(self.tr("The loop around %1").replace("%1", theme))
        layout = QVBoxLayout(box)
        title = QLabel(self.tr("Around %1").replace("%1", theme))
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setStyleSheet("font-weight: bold")
        picture = CycleMap()
        picture.set_loop(note.loop, " ".join(note.sentences))
        self.maps.append(picture)
        layout.addWidget(title)
        layout.addWidget(picture)
        layout.addWidget(wrapped_label(" ".join(note.sentences)))
        if note.underneath:
            layout.addWidget(wrapped_label(" ".join(note.underneath)))
        return box
