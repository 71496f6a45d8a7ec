"""PaletteSheet: a widget's own style sheet that follows light and dark switches.

Qt reads the `palette(...)` colours of a widget's own style sheet once, when the sheet is set,
and a widget with a sheet of its own no longer hears its parent's palette changes. So the
window is watched, and the sheet set again when the window's palette changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class PaletteSheet(QObject):
    """Sets `sheet` on `widget` and sets it again whenever its window's palette changes."""

    def __init__(self, widget: QWidget, sheet: str) -> None:
        super().__init__(widget)
        self._widget = widget
        self._sheet = sheet
        self._window: QWidget | None = None
        widget.setStyleSheet(sheet)
        widget.installEventFilter(self)
        self._watch()

    def _watch(self) -> None:
        window = self._widget.window()
        if window is not self._window:
            if self._window is not None:
                self._window.removeEventFilter(self)
            window.installEventFilter(self)
            self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not hasattr(self, "_window"):  # Qt tears the watcher down: nothing to keep up
            return False
        kind = event.type()
        if watched is self._widget and kind in (QEvent.Type.ParentChange, QEvent.Type.Show):
            self._watch()  # a form may put the widget into a window only later
        elif watched is self._window and kind == QEvent.Type.PaletteChange:
            self._widget.setStyleSheet(self._sheet)
        return False
