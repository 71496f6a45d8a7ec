"""WordSlider: a 0-10 or 1-5 scale that speaks in words ("heated", "at peace"), and that can be
left unanswered: until it is moved, the value is None, because "not noted" is not "calm"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QStylePainter,
    QToolButton,
    QWidget,
)

from healdesk.core.language.vocabulary import on_scale
from healdesk.gui.base.quiet import quietly
from healdesk.gui.widgets.keyboard import PassesFocusOn

#: Tick length below the groove, in pixels.
TICK_LENGTH = 4


class ScaleSlider(QSlider):
    """A slider that draws no handle while unanswered (a handle mid-groove reads as a chosen
    value), and ticks in the muted text colour: Fusion's own ticks vanish on a dark window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.answered = False
        self.setTickPosition(QSlider.TickPosition.TicksBelow)

    def paintEvent(self, _event: QPaintEvent) -> None:  # Qt override
        painter = QStylePainter(self)
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        option.subControls = QStyle.SubControl.SC_SliderGroove
        if self.answered:
            option.subControls |= QStyle.SubControl.SC_SliderHandle
        else:  # nor a filled part of the groove
            option.sliderPosition = option.sliderValue = option.minimum
        painter.drawComplexControl(QStyle.ComplexControl.CC_Slider, option)
        groove = self.style().subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderGroove, self
        )
        handle = self.style().subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, self
        )
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        top = groove.bottom() + 3
        span = groove.width() - handle.width()
        for value in range(self.minimum(), self.maximum() + 1):
            x = (
                groove.left()
                + handle.width() // 2
                + QStyle.sliderPositionFromValue(self.minimum(), self.maximum(), value, span)
            )
            painter.drawLine(x, top, x, top + TICK_LENGTH - 1)


class WordSlider(PassesFocusOn):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._word: Callable[[int], str] = str
        self._answered = False
        self.slider = ScaleSlider(self)
        self.slider.setPageStep(1)
        self.slider.setMinimumWidth(160)
        self.word_label = QLabel(self)
        self.word_label.setMinimumWidth(140)
        self.reset_button = QToolButton(self)
        self.reset_button.setText(self.tr("Leave open"))
        self.reset_button.setToolTip(self.tr("Leave this unanswered"))
        self.reset_button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.word_label)
        layout.addWidget(self.reset_button)
        self.slider.actionTriggered.connect(self._moved)
        self.slider.sliderPressed.connect(self._moved)
        self.slider.valueChanged.connect(self._moved)
        self.reset_button.clicked.connect(lambda: self.set_value(None))
        self._show()

    def configure(self, minimum: int, maximum: int, word: Callable[[int], str], name: str) -> None:
        """Range, the word for each value, and the accessible name of the scale."""
        self._word = word
        self.slider.setRange(minimum, maximum)
        self.rename(name)
        self.set_value(None)

    def rename(self, name: str) -> None:
        """New words for the question (a repair flow fills in names); the answer stays."""
        self.slider.setAccessibleName(name)
        self.reset_button.setAccessibleName(self.tr("Leave %s unanswered") % name.lower())

    def focus_chain(self) -> list[QWidget]:
        return [self.slider, self.reset_button]

    def focus_part(self) -> QWidget:
        return self.slider

    def value(self) -> int | None:
        return self.slider.value() if self._answered else None

    def set_value(self, value: int | None) -> None:
        with quietly(self.slider):
            if value is None:
                self.slider.setValue((self.slider.minimum() + self.slider.maximum()) // 2)
            else:
                self.slider.setValue(value)
        self._answered = value is not None
        self._show()
        self.changed.emit()

    def _moved(self, *_: object) -> None:
        self._answered = True
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        # During actionTriggered the new position is in sliderPosition, not yet in value.
        position = self.slider.sliderPosition()
        text = (
            on_scale(self._word(position), position, self.slider.maximum())
            if self._answered
            else self.tr("not noted")
        )
        self.word_label.setText(text)
        self.word_label.setEnabled(self._answered)
        self.reset_button.setVisible(self._answered)
        self.slider.setAccessibleDescription(text)
        self.slider.answered = self._answered
        self.slider.update()
