"""Drop-downs and spin buttons stay inside the inputs' rounded border and show chevrons;
ticked boxes show a tick."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QSpinBox,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from healdesk.gui.widgets.combo_looks import ARROW, UP_ARROW
from tests.helpers.contrast import drawn_contrast

pytestmark = pytest.mark.qt_log_ignore(
    r"^This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)$"
)


@pytest.mark.parametrize("kind", [QComboBox, QDateEdit, QSpinBox])
def test_drop_down_sits_inside_the_rounded_corner(qtbot, looks, qapp, kind):
    host = QWidget()
    qtbot.addWidget(host)
    box = kind()
    if isinstance(box, QComboBox):
        box.addItems(["Everyone", "Sam"])
    elif isinstance(box, QDateEdit):
        box.setCalendarPopup(True)
    QHBoxLayout(host).addWidget(box)
    host.show()
    qtbot.waitExposed(host)
    image = host.grab(box.geometry()).toImage()
    window = host.palette().color(QPalette.ColorRole.Window)
    right, bottom = image.width() - 1, image.height() - 1
    for x, y in ((right, 0), (right, bottom)):  # the corner pixel, outside the 6 px radius
        assert abs(image.pixelColor(x, y).lightness() - window.lightness()) <= 12, (x, y)
    base = box.palette().color(QPalette.ColorRole.Base).lightness()
    arrow_area = [
        image.pixelColor(x, y).lightness()
        for x in range(image.width() - 22, image.width() - 4)
        for y in range(4, image.height() - 4)
    ]
    assert (
        ARROW.is_file() and UP_ARROW.is_file() and max(abs(v - base) for v in arrow_area) >= 30
    )  # the chevron


def test_a_ticked_box_shows_a_tick_not_just_a_filled_square(qtbot, looks):
    """A styled indicator loses Qt's own tick; ours draws a white one on the accent colour."""
    host = QWidget()
    qtbot.addWidget(host)
    box = QCheckBox("Include private notes")
    box.setChecked(True)
    QHBoxLayout(host).addWidget(box)
    host.show()
    qtbot.waitExposed(host)
    option = QStyleOptionButton()
    box.initStyleOption(option)
    indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    image = box.grab(indicator).toImage()
    accent = box.palette().color(QPalette.ColorRole.Highlight).lightness()
    lightest = max(
        image.pixelColor(x, y).lightness()
        for x in range(image.width())
        for y in range(image.height())
    )
    assert lightest - accent >= 60  # the tick's white stands out from the filled square


def test_an_open_lists_highlighted_item_is_readable(qtbot, looks):
    """The item about to be picked was white on white: its text must stand out 4.5:1."""
    host = QWidget()
    qtbot.addWidget(host)
    box = QComboBox()
    box.addItems(["Day", "Week", "Month", "Year"])
    box.setCurrentIndex(1)
    QHBoxLayout(host).addWidget(box)
    host.show()
    qtbot.waitExposed(host)
    box.showPopup()
    view = box.view()
    qtbot.waitUntil(view.isVisible)
    highlighted = box.model().index(1, 0)
    assert view.selectionModel().isSelected(highlighted)
    row = view.viewport().grab(view.visualRect(highlighted)).toImage()
    box.hidePopup()
    assert drawn_contrast(row) >= 4.5
