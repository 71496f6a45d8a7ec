"""Walk every live widget, item model and undo stack and collect the text they hold."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def _model_text(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    found = []
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            for role in (
                Qt.ItemDataRole.DisplayRole,
                Qt.ItemDataRole.ToolTipRole,
                Qt.ItemDataRole.AccessibleTextRole,
                Qt.ItemDataRole.EditRole,
            ):
                value = model.data(index, role)
                if isinstance(value, str):
                    found.append(value)
            if column == 0 and model.rowCount(index) > 0:
                found += _model_text(model, index)
    return found


def live_text() -> list[str]:
    """Every string any widget, model or undo stack of the app currently holds."""
    found: list[str] = []
    for widget in QApplication.allWidgets():
        found += [
            widget.windowTitle(),
            widget.toolTip(),
            widget.accessibleName(),
            widget.statusTip(),
            widget.whatsThis(),
        ]
        if isinstance(widget, QLineEdit | QLabel | QAbstractButton):
            found.append(widget.text())
        if isinstance(widget, QLineEdit):
            found.append(widget.placeholderText())
        if isinstance(widget, QTextEdit | QPlainTextEdit):
            found.append(widget.toPlainText())
            document = widget.document()
            if document.isUndoAvailable() or document.isRedoAvailable():
                found.append("<undo history>" + document.toPlainText())
        if isinstance(widget, QComboBox):
            found += [widget.currentText(), *(widget.itemText(i) for i in range(widget.count()))]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            found += _model_text(widget.model())
        for model in widget.findChildren(QAbstractItemModel):
            found += _model_text(model)
        for stack in widget.findChildren(QUndoStack):
            found += [stack.text(i) for i in range(stack.count())]
    return found


def holders_of(*needles: str) -> list[str]:
    """The collected strings that contain any needle (empty when nothing holds them)."""
    return [text for text in live_text() if any(n in text for n in needles)]
