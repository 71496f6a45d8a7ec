"""Every string a widget tree shows, says to a screen reader, or paints from held data: what
`clear_for_lock()` must leave empty of the writer's words."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def shown_text(root: QWidget) -> str:
    """All texts of `root` and its children joined by newlines (search it with `in`)."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        found += [widget.windowTitle(), widget.toolTip(), widget.accessibleName()]
        found.append(widget.accessibleDescription())
        if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
            found.append(widget.text())
        if isinstance(widget, QTextEdit | QPlainTextEdit):
            found.append(widget.toPlainText())
        if isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
    return "\n".join(found)
