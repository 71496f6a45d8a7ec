"""A scale left open looks open: no handle sitting mid-groove; ticks show in both looks."""

from __future__ import annotations

from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QStyle, QStyleOptionSlider

from healdesk.gui.widgets.word_slider import WordSlider
from tests.helpers.offscreen import shows_dialogs

pytestmark = shows_dialogs


def shown_slider(qtbot) -> WordSlider:
    scale = WordSlider()
    scale.configure(0, 10, str, "How intense it felt")
    qtbot.addWidget(scale)
    scale.resize(420, 40)
    scale.show()
    qtbot.waitExposed(scale)
    return scale


def parts(scale: WordSlider):
    slider = scale.slider
    option = QStyleOptionSlider()
    slider.initStyleOption(option)
    rect = slider.style().subControlRect
    cc = QStyle.ComplexControl.CC_Slider
    return (
        rect(cc, option, QStyle.SubControl.SC_SliderGroove, slider),
        rect(cc, option, QStyle.SubControl.SC_SliderHandle, slider),
    )


def picture(scale: WordSlider) -> QImage:
    """The slider as shown, on its window's background (a bare grab has none)."""
    return scale.grab(scale.slider.geometry()).toImage()


def column(image: QImage, x: int, top: int, bottom: int) -> list[int]:
    return [image.pixelColor(x, y).rgb() for y in range(top, bottom + 1)]


def test_unanswered_scale_draws_no_handle_and_a_moved_one_does(qtbot, looks):
    scale = shown_slider(qtbot)
    groove, handle = parts(scale)
    unset = picture(scale)
    # Where the handle would be, the picture is the plain groove, as far to the right.
    away = groove.right() - handle.width()
    assert column(unset, handle.center().x(), max(0, handle.top()), groove.bottom()) == column(
        unset, away, max(0, handle.top()), groove.bottom()
    )
    scale.set_value(scale.slider.value())  # the same position, now chosen
    qtbot.wait(1)  # the "Leave open" button now shows: let the row lay out again
    groove, handle = parts(scale)
    away = groove.right() - handle.width()
    chosen = picture(scale)
    assert column(chosen, handle.center().x(), max(0, handle.top()), groove.bottom()) != column(
        chosen, away, max(0, handle.top()), groove.bottom()
    )


def test_ticks_stand_out_from_the_window(qtbot, looks):
    scale = shown_slider(qtbot)
    groove, _handle = parts(scale)
    image = picture(scale)
    window = scale.slider.palette().color(QPalette.ColorRole.Window).lightness()
    below = range(groove.bottom() + 1, image.height())
    contrast = max(
        abs(image.pixelColor(x, y).lightness() - window)
        for x in range(groove.left(), groove.right())
        for y in below
    )
    assert contrast >= 50
