"""Typing and showing windows like a person would, in the ways the offscreen platform allows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

#: Text that tries every trick: emoji, right-to-left scripts, markup, doubled spaces.
NASTY = (
    "Emoji 🫖🙂‍↔️ and RTL: שלום עליכם / مرحبا\n"
    "<b>not bold</b> <img src='file:///etc/passwd'> &amp; <script>alert(1)</script>\n"
    "  indented line with  two  spaces\n"
)

#: The offscreen platform cannot raise a window or grab the keyboard, and says so when a
#: completion popup opens or a window is brought to the front; real displays do not warn.
offscreen_window_limits = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, one key event per character. qtbot.keyClicks aborts the process on
    non-ASCII characters (field notes), so each character is posted with Key_unknown."""
    for ch in text:
        key = Qt.Key.Key_Return if ch == "\n" else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def show_active(qtbot, window: QWidget) -> None:
    """Show `window` and wait until it has keyboard focus, as a person's window would."""
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
