"""The date field is no keyboard trap: Tab and Shift+Tab leave it, with or without a date,
and F4 or Alt+Down open its calendar, as they do in a drop-down."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from healdesk.core.repairs.templates import FieldKind, TemplateField
from healdesk.gui.repair.repair_fields import DateField
from tests.helpers.keyboard import show_active

pytestmark = pytest.mark.qt_log_ignore(
    r"^This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)$"
)


@dataclass
class _Form:
    """A window holding a field between two text boxes (kept here: qtbot holds it weakly)."""

    window: QWidget
    before: QLineEdit
    field: DateField
    after: QLineEdit


def _form(qtbot) -> _Form:
    window = QWidget()
    qtbot.addWidget(window)
    before = QLineEdit(window)  # Tab follows the order of creation
    field = DateField(TemplateField("by", FieldKind.DATE, "By when"), window)
    after = QLineEdit(window)
    layout = QVBoxLayout(window)
    for widget in (before, field, after):
        layout.addWidget(widget)
    show_active(qtbot, window)
    return _Form(window, before, field, after)


@pytest.mark.parametrize("dated", [False, True], ids=["no date yet", "a date"])
def test_tab_and_shift_tab_leave_the_date_field(qtbot, dated):
    form = _form(qtbot)
    before, field, after = form.before, form.field, form.after
    if dated:
        field.set_value("2030-05-17")
    chain = []
    before.setFocus()
    for _ in range(3):  # forwards: before -> date -> after -> before (it cycles)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        chain.append(QApplication.focusWidget())
    assert chain == [field.edit, after, before]
    chain = []
    for _ in range(3):  # backwards: before -> after -> date -> before
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
        chain.append(QApplication.focusWidget())
    assert chain == [after, field.edit, before]


@pytest.mark.parametrize(
    ("key", "modifier"),
    [
        (Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier),
    ],
    ids=["F4", "Alt+Down"],
)
def test_f4_and_alt_down_open_the_calendar(qtbot, key, modifier):
    form = _form(qtbot)
    field = form.field
    field.edit.setFocus()
    qtbot.keyClick(field.edit, key, modifier)
    calendar = field.edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    qtbot.keyClick(calendar, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert field.value() is None  # looking at the calendar picked nothing
