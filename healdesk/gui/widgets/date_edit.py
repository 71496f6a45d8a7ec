"""CalendarDateEdit: a date field with a calendar that is no keyboard trap.

QDateTimeEdit spends Tab on walking its day, month and year sections, and while it shows its
special value ("No date yet") it swallows Tab altogether, so focus can never leave it. Here Tab
and Shift+Tab always move on (Left and Right still move between sections, Up and Down still
change the date), and F4 or Alt+Down open the calendar, as they open a drop-down's list.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QDateEdit, QStyle, QStyleOptionComboBox, QWidget

_TABS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


class CalendarDateEdit(QDateEdit):
    """A QDateEdit with a calendar pop-up that Tab leaves and the keyboard opens."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)

    def focusNextPrevChild(self, next: bool) -> bool:  # Qt names the parameter `next`
        """Leave the field, never walk its sections (Qt override)."""
        return QWidget.focusNextPrevChild(self, next)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        key, modifiers = event.key(), event.modifiers()
        plain = not modifiers & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        if key in _TABS and plain:
            forward = key == Qt.Key.Key_Tab and not modifiers & Qt.KeyboardModifier.ShiftModifier
            self.focusNextPrevChild(forward)
            event.accept()
        elif key == Qt.Key.Key_F4 or (
            key == Qt.Key.Key_Down and modifiers & Qt.KeyboardModifier.AltModifier
        ):
            self.open_calendar()
            event.accept()
        else:
            super().keyPressEvent(event)

    def open_calendar(self) -> None:
        """Open the calendar as a click on the drop-down arrow does: Qt offers no public call,
        and the click also places the pop-up and selects the shown date."""
        option = QStyleOptionComboBox()
        option.initFrom(self)
        option.editable = True
        option.subControls = QStyle.SubControl.SC_All
        arrow = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, self
        )
        at = QPointF(arrow.center())
        for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
            QApplication.sendEvent(
                self,
                QMouseEvent(
                    kind,
                    at,
                    self.mapToGlobal(at),
                    Qt.MouseButton.LeftButton,
                    Qt.MouseButton.LeftButton
                    if kind == QEvent.Type.MouseButtonPress
                    else Qt.MouseButton.NoButton,
                    Qt.KeyboardModifier.NoModifier,
                ),
            )
