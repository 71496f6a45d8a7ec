"""The entry list's parts that need no window: the table's look, the page shown when no entry
is listed, and search results with the words they were found by."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from healdesk.core.language.vocabulary import (
    INTENSITY_MAX,
    SETTLED_MAX,
    SETTLED_MIN,
    intensity_text,
    settled_word,
)
from healdesk.gui.journal.entry_model import (
    FOUND,
    INTENSITY,
    SETTLED,
    THEMES,
    WHEN,
    WITH,
    EntryTableModel,
)
from healdesk.i18n import _

ROW_HEIGHT = 28
_ROW_KEYS = {
    QAbstractItemView.CursorAction.MoveHome: 0,
    QAbstractItemView.CursorAction.MoveEnd: -1,
}


class EntryTable(QTableView):
    """A list of entries, read row by row: tabbing in selects the current row (else the
    first), so the entry shows at once and Ctrl+R has an entry to repair; Home and End go to
    the first and last entry, not to the first and last column of the row."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        by_keyboard = event.reason() in (
            Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason,
        )  # not when the app moves focus here (an entry far down the list is shown unselected)
        model = self.model()
        if by_keyboard and model.rowCount() and not self.selectionModel().hasSelection():
            row = max(self.currentIndex().row(), 0)
            self.selectRow(row)

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex | QPersistentModelIndex:
        rows = self.model().rowCount()
        if action in _ROW_KEYS and rows:
            row = _ROW_KEYS[action] % rows
            return self.model().index(row, max(self.currentIndex().column(), 0))
        return super().moveCursor(action, modifiers)


def build_entry_table(model: EntryTableModel) -> QTableView:
    """The list's table: one row per entry, single selection, calm fixed rows; the window
    connects selection and activation to itself."""
    table = EntryTable()
    table.setModel(model)
    table.setAccessibleName(_("Entries"))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(ROW_HEIGHT)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(THEMES, QHeaderView.ResizeMode.Stretch)
    for column, width in (
        (WHEN, 175),
        (WITH, 85),
        (INTENSITY, _fits(table, [intensity_text(v) for v in range(INTENSITY_MAX + 1)])),
        (SETTLED, _fits(table, [settled_word(v) for v in range(SETTLED_MIN, SETTLED_MAX + 1)])),
        (FOUND, 260),
    ):
        table.setColumnWidth(column, width)
    show_found(table, False)
    return table


def show_found(table: QTableView, searching: bool) -> None:
    """While searching, the Found column (the words that matched) takes the place of How
    intense and Settled now (the entry pane still shows both): all of them at once ran past
    the edge of a 1280-pixel window."""
    table.setColumnHidden(FOUND, not searching)
    for column in (INTENSITY, SETTLED):
        table.setColumnHidden(column, searching)


def _fits(table: QTableView, texts: list[str]) -> int:
    """A column wide enough for the longest of `texts` in the table's font (and its padding),
    also with larger text."""
    return max(map(table.fontMetrics().horizontalAdvance, texts)) + 24


class EmptyJournalPage(QWidget):
    """Shown instead of the table when no entry is listed: a welcome for an empty journal,
    a way back when the filters hide everything."""

    def __init__(self, write_entry: Callable[[], None]) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setProperty("role", "subtitle")
        self.button = QPushButton(_("Write an entry"))
        self.button.setProperty("accent", True)
        self.button.clicked.connect(write_entry)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def show_for(self, total: int) -> None:
        """Word the page for a journal of `total` entries of which none is listed."""
        if total:
            self.title.setText(_("Nothing matches"))
            self.text.setText(_("Try other words, or clear the filters (Ctrl+Shift+F)."))
            self.button.hide()
        else:
            self.title.setText(_("A quiet place for hard moments"))
            self.text.setText(
                _(
                    "When something happens, write it down here. A few words are enough; "
                    "everything else can wait. Press Ctrl+N to begin."
                )
            )
            self.button.show()
