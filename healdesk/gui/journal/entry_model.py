"""The entry list's model: conflict summaries, newest first, with no entry text at all.

Cells are worded on demand (nothing is precomputed per row; only the dates' words are kept,
the slowest cell to word, for the next paint), and rows come a page at a time
(EntryPages, SearchResults) as the list scrolls, so memory follows what was scrolled through,
not the size of the journal. While a search is active, `snippets` adds the matching words of the
entries FTS ranked highest; `clear()` forgets them with everything else.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from healdesk.core.conflict import ConflictSummary
from healdesk.core.language.vocabulary import intensity_text, settled_word
from healdesk.i18n import N_, _, format_local_pattern

WHEN, WITH, THEMES, INTENSITY, SETTLED, FOUND = range(6)
HEADERS = (N_("When"), N_("With"), N_("Themes"), N_("How intense"), N_("Settled now"), N_("Found"))
Index = QModelIndex | QPersistentModelIndex
#: Dates worded at most this many before the words kept are forgotten (memory stays flat).
WHEN_TEXTS_KEPT = 4096
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.UserRole,
        Qt.ItemDataRole.AccessibleTextRole,
    }
)


def _newest_first(summary: ConflictSummary) -> tuple[float, int]:
    """The list's order as a rising key: later moments (then higher ids) first."""
    return (-summary.happened_at.timestamp(), -summary.id)


def when_text(moment: datetime) -> str:
    return format_local_pattern(moment, "EEE dd MMM y, HH:mm")


class EntryTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ConflictSummary] = []
        self._more: Callable[[int], Sequence[tuple[ConflictSummary, str]]] | None = None
        self._snippets: dict[int, str] = {}
        self._colours: dict[str, str] = {}
        self._dots: dict[str, QIcon] = {}
        # A repaint after a save or a search words every row shown: CLDR date formatting
        # is most of that. By moment and its offset (the same instant reads differently
        # in another time zone); a moment always reads the same while the window lives.
        self._when_texts: dict[tuple[datetime, object], str] = {}

    # --- filling and clearing -----------------------------------------------------------
    def set_entries(
        self,
        summaries: Sequence[ConflictSummary],
        snippets: dict[int, str] | None = None,
        colours: dict[str, str] | None = None,
        more: Callable[[int], Sequence[tuple[ConflictSummary, str]]] | None = None,
    ) -> None:
        """`summaries` as shown: the list's newest page (EntryPages) or a search's best
        ranked page (SearchResults); `more(shown)` gives the next page when the view scrolls
        near the end."""
        had_found = bool(self._snippets)
        self.beginResetModel()
        self._rows = list(summaries)
        self._more = more
        self._snippets = dict(snippets or {})
        if colours is not None:
            self._colours = dict(colours)
        self.endResetModel()
        if had_found != bool(self._snippets):
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, FOUND, FOUND)

    def clear(self) -> None:
        self.beginResetModel()
        self._rows, self._snippets, self._colours, self._more = [], {}, {}, None
        self._when_texts.clear()
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return self._more is not None and not parent.isValid()

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """The next page of the list or of a search; an empty page ends the paging."""
        if self._more is None or parent.isValid():
            return
        page = self._more(len(self._rows))
        if not page:
            self._more = None
            return
        self.extend(page)

    def extend(self, page: Sequence[tuple[ConflictSummary, str]]) -> None:
        """Rows after the last one shown (with their found words while searching)."""
        if not page:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        for summary, snippet in page:
            self._rows.append(summary)
            if snippet:
                self._snippets.setdefault(summary.id, snippet)
        self.endInsertRows()

    def put(self, conflict_id: int, summary: ConflictSummary | None) -> None:
        """One entry changed: its row is updated, moved to its date's place, added, or (with
        None: it no longer belongs in the list) removed. Nothing else is touched."""
        old = self.row_of(conflict_id)
        if old >= 0 and summary is not None and self._fits_at(old, summary):
            self._rows[old] = summary
            self.dataChanged.emit(self.index(old, 0), self.index(old, len(HEADERS) - 1))
            return
        if old >= 0:
            self.beginRemoveRows(QModelIndex(), old, old)
            del self._rows[old]
            self.endRemoveRows()
        if summary is not None:
            row = bisect_left(self._rows, _newest_first(summary), key=_newest_first)
            if row == len(self._rows) and self._more is not None:
                return  # older than every row shown: it comes with a later page
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows.insert(row, summary)
            self.endInsertRows()

    def _fits_at(self, row: int, summary: ConflictSummary) -> bool:
        key = _newest_first(summary)
        before = row == 0 or _newest_first(self._rows[row - 1]) <= key
        after = row == len(self._rows) - 1 or key <= _newest_first(self._rows[row + 1])
        return before and after

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
            return _(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES or not index.isValid():  # asked for each role of each cell
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
            return self._when(s.happened_at)
        if column == WITH:
            return s.person or ""
        if column == THEMES:
            return ", ".join(s.themes)
        if column == INTENSITY:
            return "" if s.intensity is None else intensity_text(s.intensity)
        if column == SETTLED:
            return "" if s.settled is None else settled_word(s.settled)
        return self._snippets.get(s.id, "")

    def _when(self, moment: datetime) -> str:
        key = (moment, moment.utcoffset())
        text = self._when_texts.get(key)
        if text is None:
            if len(self._when_texts) >= WHEN_TEXTS_KEPT:
                self._when_texts.clear()
            text = self._when_texts[key] = when_text(moment)
        return text

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
