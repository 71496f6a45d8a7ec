"""Keyboard paths shared by windows: which widgets Tab stops at."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QScrollArea, QWidget

_TABS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
_CHORDS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


class PassesFocusOn(QWidget):
    """A box of parts that Tab never stops at itself: focus given to the box (its label's
    mnemonic, a click between its parts, setFocus) goes on to `focus_part()`.

    A Qt focus proxy did this before, but Qt's Tab also stops at a box with a proxy wherever
    the box sits in the chain, and jumps to the part: with the parts linked in reading order
    and the box left behind, Tab circled in the middle of the entry form."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Mnemonics and clicks need a policy; without TabFocus, Tab passes the box by.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

    def focus_part(self) -> QWidget | None:
        """The part that takes the box's focus."""
        return None

    def focusInEvent(self, event: QFocusEvent) -> None:
        part = self.focus_part()
        if part is not None and part.isVisible():
            part.setFocus(event.reason())
        else:
            super().focusInEvent(event)


def quiet_scroll_areas(root: QWidget) -> None:
    """A scroll area's frame is no Tab stop: its fields are, and the window scrolls to each
    as it gets focus. As a stop it showed no focus and a screen reader announced nothing."""
    for area in root.findChildren(QScrollArea):
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)


class _TabLeaves(QObject):
    """Tab and Shift+Tab in a date or time field move on to the next field."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in _TABS
            and not event.modifiers() & _CHORDS
        ):
            forward = event.key() == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            parent = watched.parentWidget() if isinstance(watched, QWidget) else None
            if parent is not None:
                parent.focusNextPrevChild(forward)
                return True
        return False


def tab_leaves(*fields: QAbstractSpinBox) -> None:
    """Tab leaves each date/time field at once: Qt spends it on walking the day, month, year,
    hour and minute first (five presses to pass "When"). Left and Right still move between
    the parts, Up and Down still change them."""
    for field in fields:
        field.installEventFilter(_TabLeaves(field))
