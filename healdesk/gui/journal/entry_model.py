"""The entry list's model: conflict summaries, newest first, with no entry text at all.

Cells are worded on demand (nothing is precomputed per row), so 20,000 entries cost only the
summaries themselves. While a search is active, `snippets` adds the matching words of the
entries FTS ranked highest; `clear()` forgets them with everything else.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from healdesk.core.conflict import ConflictSummary
from healdesk.core.vocabulary import intensity_word, settled_word

WHEN, WITH, THEMES, INTENSITY, SETTLED, FOUND = range(6)
HEADERS = ("When", "With", "Themes", "How intense", "Settled now", "Found")
Index = QModelIndex | QPersistentModelIndex


def when_text(moment: datetime) -> str:
    return moment.strftime("%a %d %b %Y, %H:%M")


class EntryTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: Sequence[ConflictSummary] = ()
        self._snippets: dict[int, str] = {}
        self._colours: dict[str, str] = {}
        self._dots: dict[str, QIcon] = {}

    # --- filling and clearing -----------------------------------------------------------
    def set_entries(
        self,
        summaries: Sequence[ConflictSummary],
        snippets: dict[int, str] | None = None,
        colours: dict[str, str] | None = None,
    ) -> None:
        """`summaries` in the vault's order (oldest first); shown newest first."""
        had_found = bool(self._snippets)
        self.beginResetModel()
        self._rows = summaries[::-1]
        self._snippets = dict(snippets or {})
        if colours is not None:
            self._colours = dict(colours)
        self.endResetModel()
        if had_found != bool(self._snippets):
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, FOUND, FOUND)

    def clear(self) -> None:
        self.beginResetModel()
        self._rows, self._snippets, self._colours = (), {}, {}
        self.endResetModel()

    @property
    def searching(self) -> bool:
        return bool(self._snippets)

    def summary(self, row: int) -> ConflictSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, conflict_id: int) -> int:
        return next((i for i, s in enumerate(self._rows) if s.id == conflict_id), -1)

    # --- Qt model API -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        summary = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == Qt.ItemDataRole.DecorationRole and column == THEMES and summary.themes:
            return self._dot(self._colours.get(summary.themes[0], ""))
        if role == Qt.ItemDataRole.UserRole:
            return summary.id
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join(filter(None, (self._display(summary, c) for c in range(FOUND))))
        return None

    def _display(self, s: ConflictSummary, column: int) -> str:
        if column == WHEN:
            return when_text(s.happened_at)
        if column == WITH:
            return s.person or ""
        if column == THEMES:
            return ", ".join(s.themes)
        if column == INTENSITY:
            return "" if s.intensity is None else f"{intensity_word(s.intensity)} ({s.intensity})"
        if column == SETTLED:
            return "" if s.settled is None else settled_word(s.settled)
        return self._snippets.get(s.id, "")

    def _dot(self, colour: str) -> QIcon:
        icon = self._dots.get(colour)
        if icon is None:
            pixmap = QPixmap(12, 12)
            pixmap.fill(QColor(0, 0, 0, 0))
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour or "#8a949b"))
            painter.drawEllipse(1, 1, 10, 10)
            painter.end()
            icon = self._dots[colour] = QIcon(pixmap)
        return icon
