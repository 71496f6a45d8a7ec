"""Every string the live app holds: what widgets show (tests/shown_text.py), plus what item
models, undo stacks and text-document undo histories keep out of sight."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QApplication, QPlainTextEdit, QTextEdit

from tests.helpers.shown_text import shown_text

ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.EditRole,
)


def _model_text(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    found = []
    # A list model keeps columnCount private (PySide6 will not call it): it has one column.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            found += [v for role in ROLES if isinstance(v := model.data(index, role), str)]
            if column == 0 and model.rowCount(index) > 0:
                found += _model_text(model, index)
    return found


def live_text() -> list[str]:
    """Every string any window, item model or undo history of the app currently holds."""
    found = [shown_text(top) for top in QApplication.topLevelWidgets()]
    for widget in QApplication.allWidgets():
        if isinstance(widget, QTextEdit | QPlainTextEdit):
            document = widget.document()
            if document.isUndoAvailable() or document.isRedoAvailable():
                found.append("<undo history>" + document.toPlainText())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            found += _model_text(widget.model())  # a view's model may belong to no widget
        for model in widget.findChildren(QAbstractItemModel):
            found += _model_text(model)
        for stack in widget.findChildren(QUndoStack):
            found += [stack.text(i) for i in range(stack.count())]
    return found


def holders_of(*needles: str) -> list[str]:
    """The collected strings that contain any needle (empty when nothing holds them)."""
    return [text for text in live_text() if any(n in text for n in needles)]
