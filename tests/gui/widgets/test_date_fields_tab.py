"""Every date field outside the entry dialog lets Tab leave at once, both ways: Qt's own
QDateEdit spends Tab on walking its day, month and year first (three presses to pass one field,
which a keyboard user meets as a trap they cannot see)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QWidget

from healdesk.gui.care.break_companion import BreakCompanion
from healdesk.gui.export.export_dialog import ExportDialog
from healdesk.gui.journal.filter_bar import PERIODS, FilterBar
from healdesk.gui.patterns.timeline import TimelineView
from tests.helpers.focus_chain import describe, tab
from tests.helpers.keyboard import show_active
from tests.helpers.offscreen import shows_dialogs

pytestmark = shows_dialogs


def leaves_at_once(field: QAbstractSpinBox, forward_to: QWidget, back_to: QWidget) -> None:
    """Tab from `field` lands on `forward_to`; Shift+Tab from `field` on `back_to`."""
    field.setFocus()
    assert QApplication.focusWidget() is field
    landed = tab()
    assert landed is forward_to, f"Tab from {describe(field)} went to {describe(landed)}"
    field.setFocus()
    landed = tab(backwards=True)
    assert landed is back_to, f"Shift+Tab from {describe(field)} went to {describe(landed)}"


def on_screen(qtbot, window):
    qtbot.addWidget(window)
    show_active(qtbot, window)
    return window


def test_the_filter_bars_dates(qtbot):
    bar = FilterBar()
    bar.period.setCurrentIndex(len(PERIODS) - 1)  # "Between dates…" shows them
    on_screen(qtbot, bar)
    leaves_at_once(bar.start, bar.end, bar.period)
    leaves_at_once(bar.end, bar.search, bar.start)


def test_the_timelines_dates(qtbot, journal):
    view = on_screen(qtbot, TimelineView(journal))
    leaves_at_once(view.from_edit, view.to_edit, view.person_box)
    leaves_at_once(view.to_edit, view.reset_button, view.from_edit)


def test_the_export_dialogs_dates(qtbot, journal):
    dialog = ExportDialog(journal)
    ui = dialog.ui
    ui.fromCheck.setChecked(True)
    ui.toCheck.setChecked(True)
    on_screen(qtbot, dialog)
    leaves_at_once(ui.fromDate, ui.toCheck, ui.fromCheck)
    leaves_at_once(ui.toDate, ui.themesList, ui.toCheck)


def test_the_break_companions_time(qtbot, journal):
    now = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
    companion = on_screen(qtbot, BreakCompanion(journal, clock=lambda: now))
    leaves_at_once(companion.back_at, companion.start_button, companion.start_button)
