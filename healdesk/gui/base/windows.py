"""Showing windows and dialogs with their minimum size fixed before the platform window exists.

Left to itself, a top-level layout re-sets the window's minimum size whenever content
changes (a message appears, a page switches), and each change is pushed to the platform
window again: a visible jump on some desktops and a warning on platforms that cannot take
size hints. So the minimum is set once, from the first layout, and the layout stops
managing it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLayout, QWidget

#: Room left for the window manager's frame and title bar around a window.
FRAME_ROOM = QSize(16, 48)


def pin_minimum_size(window: QWidget) -> None:
    layout = window.layout()
    if layout is not None:
        layout.activate()
        window.setMinimumSize(window.minimumSizeHint().expandedTo(window.minimumSize()))
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)


def fit_to_screen(window: QWidget) -> None:
    """Keep the window's size and minimum within the free part of its screen (without
    panels and docks): the entry dialog's fixed 720x860 put Save below the edge of a
    1366x768 screen, and 150% text made the journal window's minimum larger than the
    screen. The content scrolls or squeezes instead; Qt and the window manager place the
    window within the free part once it fits."""
    parent = window.parentWidget()
    screen = (parent or window).screen() or QGuiApplication.primaryScreen()
    free = screen.availableGeometry()
    room = free.size() - FRAME_ROOM
    window.setMinimumSize(window.minimumSize().boundedTo(room))
    window.resize(window.size().boundedTo(room))


def present(window: QWidget, minimized: bool = False) -> None:
    pin_minimum_size(window)
    fit_to_screen(window)
    if minimized:
        window.showMinimized()
    else:
        window.show()
        window.activateWindow()


def open_dialog(dialog: QDialog) -> QDialog:
    """Open window-modal without blocking (never exec()), deleted when closed."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    pin_minimum_size(dialog)
    fit_to_screen(dialog)
    dialog.open()
    return dialog
