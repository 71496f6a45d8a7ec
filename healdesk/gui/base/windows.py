"""Showing windows and dialogs with their minimum size fixed before the platform window exists.

Left to itself, a top-level layout re-sets the window's minimum size whenever content
changes (a message appears, a page switches), and each change is pushed to the platform
window again: a visible jump on some desktops and a warning on platforms that cannot take
size hints. So the minimum is set once, from the first layout, and the layout stops
managing it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLayout, QWidget


def pin_minimum_size(window: QWidget) -> None:
    layout = window.layout()
    if layout is not None:
        layout.activate()
        window.setMinimumSize(window.minimumSizeHint().expandedTo(window.minimumSize()))
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)


def present(window: QWidget, minimized: bool = False) -> None:
    pin_minimum_size(window)
    if minimized:
        window.showMinimized()
    else:
        window.show()
        window.activateWindow()


def open_dialog(dialog: QDialog) -> QDialog:
    """Open window-modal without blocking (never exec()), deleted when closed."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    pin_minimum_size(dialog)
    dialog.open()
    return dialog
