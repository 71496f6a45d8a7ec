"""The timeline widget driven like a person: zoom, pan, filter, click to open, keyboard."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QPushButton, QToolTip

from healdesk.gui.patterns.timeline import DAY_FORMAT, TimelineView
from healdesk.gui.patterns.timeline_layout import ZOOMS
from healdesk.gui.patterns.timeline_painter import (
    AXIS_HEIGHT,
    COMMITMENT_HEIGHT,
    LANE_HEIGHT,
    LEGEND_HEIGHT,
)
from tests.helpers.journals import berlin, monthly_firsts, repair, weekly_sundays
from tests.helpers.shown_text import shown_text

# Qt's offscreen platform says so whenever a shown window's layout sets its minimum size, and
# when a tooltip window is raised: limits of the test platform, not of the widget (desktop
# platforms support both).
pytestmark = pytest.mark.qt_log_ignore(
    r"^This plugin does not support (propagateSizeHints|raise)\(\)$"
)

YEAR, MONTH = [z.name for z in ZOOMS].index("Year"), [z.name for z in ZOOMS].index("Month")


@pytest.fixture
def view(qtbot, journal):
    chores = weekly_sundays(journal)
    money = monthly_firsts(journal)
    repair(journal, [chores[-1]], berlin(2026, 6, 15, 20))
    widget = TimelineView(journal)
    qtbot.addWidget(widget)
    widget.resize(1100, 360)
    widget.show()
    qtbot.waitExposed(widget)
    widget.chores, widget.money = chores, money
    return widget


def point(view, mark):
    return QPoint(round(mark.x), round(view.canvas.lane_centre(mark.lane)))


def test_one_lane_per_theme_in_its_colour(view, journal):
    canvas = view.canvas
    assert [lane.name for lane in canvas.data.lanes] == ["Chores", "Money"]
    colours = {t.name: t.colour for t in journal.themes()}
    assert canvas.data.lanes[0].colour == colours["Chores"]
    mark = next(m for m in canvas.frame().marks[0] if m.intensity == 8)
    pixel = canvas.grab().toImage().pixelColor(point(view, mark))
    expected = QColor(colours["Chores"])
    assert abs(pixel.hue() - expected.hue()) <= 12 and pixel.saturation() > 60


def test_zoom_with_keys_and_the_zoom_box_aggregates_when_marks_would_overlap(view, qtbot):
    canvas = view.canvas
    assert canvas.zoom == YEAR and not any(m.is_group for m in canvas.frame().marks[0])
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    assert canvas.zoom == YEAR + 1 and view.zoom_box.currentText() == "5 years"
    groups = canvas.frame().marks[0]
    assert any(m.is_group for m in groups)
    assert sorted(i for m in groups for i in m.ids) == view.chores
    for _ in range(3):
        qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.zoom == MONTH and view.zoom_box.currentText() == "Month"
    assert canvas.view().seconds_per_px * canvas.view().width == pytest.approx(31 * 86400)


def test_pan_by_dragging_and_by_page_keys(view, qtbot):
    canvas = view.canvas
    start = canvas.view().start
    y = round(canvas.lane_centre(1)) + 14
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(600, y))
    qtbot.mouseMove(canvas, QPoint(500, y))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(500, y))
    assert canvas.view().start == pytest.approx(start + 100 * canvas.view().seconds_per_px)
    canvas.setFocus()
    before = canvas.view().start
    qtbot.keyClick(canvas, Qt.Key.Key_PageUp)
    assert canvas.view().start == pytest.approx(
        before - 0.8 * canvas.view().width * canvas.view().seconds_per_px
    )


def test_filters_by_theme_person_and_date(view, qtbot):
    canvas = view.canvas
    view.theme_box.setFocus()
    view.theme_box.setCurrentText("Money")
    assert [lane.name for lane in canvas.data.lanes] == ["Money"]
    view.set_filters(theme="All themes", person="Sam")
    assert [lane.name for lane in canvas.data.lanes] == ["Chores"]
    view.person_box.setCurrentText("Everyone")
    view.from_edit.setDate(date(2026, 3, 1))
    view.to_edit.setDate(date(2026, 3, 31))
    # Sundays 1-29 March and Money on 1 March.
    assert sorted(canvas.data.conflicts) == sorted([*view.chores[4:9], view.money[7]])
    qtbot.mouseClick(view.reset_button, Qt.MouseButton.LeftButton)
    assert len(canvas.data.conflicts) == 32 and view.theme_box.currentText() == "All themes"


def test_click_on_a_mark_opens_its_entry_and_on_a_group_zooms_in(view, qtbot):
    canvas = view.canvas
    mark = canvas.frame().marks[0][-1]
    with qtbot.waitSignal(view.conflict_activated) as opened:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=point(view, mark))
    assert opened.args == [view.chores[-1]]
    canvas.set_zoom(len(ZOOMS) - 1)
    group = next(m for m in canvas.frame().marks[0] if m.is_group)
    with qtbot.assertNotEmitted(view.conflict_activated):
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=point(view, group))
    assert canvas.zoom == len(ZOOMS) - 2


def test_keyboard_moves_between_marks_and_lanes_and_enter_opens(view, qtbot):
    canvas = view.canvas
    canvas.set_zoom(MONTH)
    canvas.centre_on(berlin(2026, 5, 24, 19).timestamp())  # 8 May to 8 June in view
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    first = canvas.focused_mark()
    assert first.lane == 0 and first.ids == (view.chores[14],)  # Sunday 10 May
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.focused_mark().ids == (view.chores[15],)
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    qtbot.keyClick(canvas, Qt.Key.Key_Left)  # 3 May, off the left edge: the view follows
    assert canvas.focused_mark().ids == (view.chores[13],)
    assert canvas.view().start < canvas.focused_mark().first < canvas.view().end
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    money = canvas.focused_mark()
    assert money.lane == 1 and money.ids == (view.money[9],)  # 1 May, the nearest
    with qtbot.waitSignal(view.conflict_activated) as opened:
        qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert opened.args == [money.ids[0]]
    qtbot.keyClick(canvas, Qt.Key.Key_Up)
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    assert canvas.focused_mark().ids == (view.chores[0],)
    assert "Sun 01 Feb 2026" in canvas.accessibleDescription()


def test_hover_text_is_date_themes_and_intensity_only(view):
    canvas = view.canvas
    mark = canvas.frame().marks[0][-1]
    assert canvas.describe(mark) == "Sun 14 Jun 2026, 19:00 · Chores · intensity: intense (6 of 10)"
    canvas.set_zoom(len(ZOOMS) - 1)
    group = next(m for m in canvas.frame().marks[0] if m.is_group)
    text = canvas.describe(group)
    assert text.startswith(f"{len(group.ids)} entries · ") and "Sam" not in text
    assert re.search(r" · intensity up to [a-z ]+ \(\d+ of 10\)$", text), text  # as everywhere


def test_every_input_has_an_accessible_name(view):
    inputs = [
        *view.findChildren(QComboBox),
        *view.findChildren(QDateEdit),
        *view.findChildren(QPushButton),
    ]
    assert len(inputs) == 8
    assert all(w.accessibleName() for w in [*inputs, view.canvas])


def test_an_empty_journal_shows_a_calm_empty_timeline(qtbot, journal):
    widget = TimelineView(journal)
    qtbot.addWidget(widget)
    widget.resize(800, 300)
    widget.canvas.setFocus()
    qtbot.keyClick(widget.canvas, Qt.Key.Key_Right)
    assert widget.canvas.data.lanes == [] and widget.canvas.focused_mark() is None
    assert not widget.grab().isNull()


def test_reload_picks_up_new_entries(view, journal):
    from tests.helpers.journals import add

    add(journal, berlin(2026, 6, 16) + timedelta(hours=1), ["Work"])
    view.reload()
    assert [lane.name for lane in view.canvas.data.lanes] == ["Chores", "Money", "Work"]


def test_ctrl_wheel_zooms_around_the_pointer_and_the_wheel_pans(view):
    canvas = view.canvas
    x = 600.0
    anchor = canvas.view().time_at(x)

    def wheel(modifiers: Qt.KeyboardModifier) -> None:
        position = QPointF(x, canvas.lane_centre(0))
        QApplication.sendEvent(
            canvas,
            QWheelEvent(
                position,
                canvas.mapToGlobal(position),
                QPoint(),
                QPoint(0, 120),
                Qt.MouseButton.NoButton,
                modifiers,
                Qt.ScrollPhase.NoScrollPhase,
                False,
            ),
        )

    wheel(Qt.KeyboardModifier.ControlModifier)
    assert canvas.zoom == YEAR - 1
    assert canvas.view().time_at(x) == pytest.approx(anchor, abs=canvas.view().seconds_per_px)
    start = canvas.view().start
    wheel(Qt.KeyboardModifier.NoModifier)
    assert canvas.view().start == pytest.approx(start - 60 * canvas.view().seconds_per_px)


def test_hovering_a_mark_shows_its_text_and_nothing_elsewhere(view, qtbot):
    canvas = view.canvas
    mark = canvas.frame().marks[0][-1]
    here = point(view, mark)
    QApplication.sendEvent(canvas, QHelpEvent(QEvent.Type.ToolTip, here, canvas.mapToGlobal(here)))
    qtbot.waitUntil(lambda: QToolTip.isVisible())
    assert QToolTip.text() == canvas.describe(mark)
    empty = QPoint(here.x(), round(canvas.lane_centre(1)) + 14)
    QApplication.sendEvent(
        canvas, QHelpEvent(QEvent.Type.ToolTip, empty, canvas.mapToGlobal(empty))
    )
    qtbot.waitUntil(lambda: not QToolTip.isVisible())


def test_clear_for_lock_forgets_every_name_and_date_and_reload_brings_them_back(view, qtbot):
    view.canvas.setFocus()
    qtbot.keyClick(view.canvas, Qt.Key.Key_Right)  # a focused mark describes itself
    assert "Chores" in shown_text(view) and view.canvas.accessibleDescription()
    first_day = view.from_edit.date().toString(view.from_edit.displayFormat())
    assert first_day in shown_text(view)
    view.clear_for_lock()
    assert view.canvas.data.lanes == [] and view.canvas.data.conflicts == {}
    assert view.canvas.focused_mark() is None
    for word in ("Chores", "Money", "Sam", first_day):
        assert word not in shown_text(view), word
    view.reload()
    assert [lane.name for lane in view.canvas.data.lanes] == ["Chores", "Money"]


def test_tab_reaches_the_canvas_and_lane_keys_scroll_the_focused_lane_into_view(qtbot, journal):
    from tests.helpers.journals import add

    for day in range(1, 16):  # fifteen themes: more lanes than the window is tall
        add(journal, berlin(2026, 3, day, 20), [f"Theme {day:02}"])
    widget = TimelineView(journal)
    qtbot.addWidget(widget)
    widget.resize(900, 300)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    widget.later_button.setFocus()
    qtbot.keyClick(widget.later_button, Qt.Key.Key_Tab)
    assert widget.canvas.hasFocus()  # no dead stop on the scroll area
    qtbot.keyClick(widget.canvas, Qt.Key.Key_Right)
    bar = widget.scroller.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    for _ in range(14):
        qtbot.keyClick(widget.canvas, Qt.Key.Key_Down)
    assert widget.canvas.focused_mark().lane == 14
    lane_y = widget.canvas.lane_centre(14)
    assert bar.value() <= lane_y <= bar.value() + widget.scroller.viewport().height()


def test_dates_read_as_elsewhere_and_the_canvas_is_as_tall_as_its_lanes(view):
    """ "1 Dec 2025" like the rest of the app, a label that reads well with its underline,
    and no empty canvas painted below two lanes in a tall window."""
    view.resize(1100, 700)
    assert view.from_edit.date().toString(view.from_edit.displayFormat()) in shown_text(view)
    assert view.from_edit.displayFormat() == DAY_FORMAT == "d MMM yyyy"
    assert "Until" in shown_text(view)
    canvas = view.canvas
    assert len(canvas.data.lanes) == 2
    assert canvas.height() == AXIS_HEIGHT + 2 * LANE_HEIGHT + COMMITMENT_HEIGHT + LEGEND_HEIGHT
    assert canvas.height() < view.scroller.viewport().height()


def test_month_from_the_zoom_box_shows_the_latest_month_not_the_middle(view, qtbot):
    canvas = view.canvas
    latest = max(t for lane in canvas.data.lanes for t in lane.times)
    view.zoom_box.setCurrentIndex(MONTH)
    view.zoom_box.activated.emit(MONTH)
    shown = canvas.view()
    assert canvas.zoom == MONTH and shown.start <= latest <= shown.end


def test_earlier_and_later_buttons_move_through_time(view, qtbot):
    canvas = view.canvas
    before = canvas.view().start
    step = 0.8 * canvas.view().width * canvas.view().seconds_per_px
    qtbot.mouseClick(view.earlier_button, Qt.MouseButton.LeftButton)
    assert canvas.view().start == pytest.approx(before - step)
    view.later_button.setFocus()
    qtbot.keyClick(view.later_button, Qt.Key.Key_Space)
    assert canvas.view().start == pytest.approx(before)
