"""Wipe every word from a window before it goes away, so a lock leaves nothing readable.

Deleting widgets is deferred by Qt, so a locked app would otherwise keep entry text in live
widgets, item models and undo stacks until the event loop comes round. Scrubbing is
immediate and generic: text fields, labels, combo boxes, item models and undo stacks.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QObject, QStringListModel
from PySide6.QtGui import QStandardItemModel, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from healdesk.gui.base.quiet import quietly


def scrub_model(model: QAbstractItemModel | None) -> None:
    if isinstance(model, QStringListModel):
        model.setStringList([])
    elif isinstance(model, QStandardItemModel) or (
        model is not None and callable(getattr(model, "clear", None))
    ):
        model.clear()


def scrub_widget(widget: QWidget) -> None:
    if isinstance(widget, QLineEdit):
        widget.setText("")  # setText also drops the undo history
    elif isinstance(widget, QTextEdit | QPlainTextEdit):
        widget.clear()
        widget.document().clearUndoRedoStacks()
    elif isinstance(widget, QLabel):
        widget.clear()
    elif isinstance(widget, QComboBox):
        widget.clear()
        if widget.isEditable():
            widget.setEditText("")
    elif isinstance(widget, QAbstractItemView):
        scrub_model(widget.model())


def scrub(*roots: QObject) -> None:
    """Scrub every root and everything it owns (widgets, models, undo stacks).

    Every widget of every root keeps its signals blocked until all are wiped: clearing a
    model makes the combo box or view on it react, and a combo box's popup is a window of
    its own, so a reaction (a refresh re-reading the journal, an autosave) could otherwise
    start from a half-wiped window."""
    widgets = [
        widget
        for root in roots
        if isinstance(root, QWidget)
        for widget in (root, *root.findChildren(QWidget))
    ]
    with quietly(*widgets):
        for widget in widgets:
            scrub_widget(widget)
        for root in roots:
            for model in root.findChildren(QAbstractItemModel):
                scrub_model(model)
            for stack in root.findChildren(QUndoStack):
                stack.clear()
