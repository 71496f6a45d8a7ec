"""The look of chips: soft, rounded, derived from the current palette so light and dark both
read calmly (a checked chip is tinted, not shouted in the full highlight colour, and shows a
check mark: the tint alone is 1.3:1, too faint to tell picked from not)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QPushButton, QWidget

from healdesk.gui.widgets.section_looks import blend


class Chip(QPushButton):
    """A rounded word button. A checkable one shows a check mark while checked, in the text
    colour, and keeps the mark's room while not, so a chip never jumps under the pointer."""

    _mark: tuple[bool, int, int] | None = None  # what the icon shows (checked, colour, size)

    def __init__(self, text: str, parent: QWidget, checkable: bool) -> None:
        super().__init__(text, parent)
        self.setCheckable(checkable)
        self._draw_mark()

    def checkStateSet(self) -> None:  # Qt override: runs on every setChecked, signals or not
        super().checkStateSet()
        self._draw_mark()

    def changeEvent(self, event: QEvent) -> None:  # Qt override: light/dark and text size
        super().changeEvent(event)
        if event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.StyleChange,
            QEvent.Type.FontChange,
        ):
            self._draw_mark()

    def _draw_mark(self) -> None:
        if not self.isCheckable():
            return
        side = max(8, self.fontMetrics().height() * 2 // 3)
        colour = self.palette().color(QPalette.ColorRole.ButtonText)
        mark = (self.isChecked(), colour.rgba(), side)
        if mark == self._mark:  # a style or palette change that leaves the mark as it is
            return
        self._mark = mark
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(round(side * ratio), round(side * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        if self.isChecked():
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(
                QPen(colour, side / 6, c=Qt.PenCapStyle.RoundCap, j=Qt.PenJoinStyle.RoundJoin)
            )
            painter.drawPolyline(
                [QPointF(side * x, side * y) for x, y in ((0.15, 0.55), (0.4, 0.78), (0.85, 0.25))]
            )
            painter.end()
        self.setIconSize(QSize(side, side))
        self.setIcon(QIcon(pixmap))


def checked_chip_fill(palette: QPalette) -> QColor:
    """The soft tint of a checked chip (its check mark, not this fill, tells it apart)."""
    base = palette.color(QPalette.ColorRole.Base)
    return blend(base, palette.color(QPalette.ColorRole.Highlight), 0.22)


def chip_style_sheet(palette: QPalette) -> str:
    """Style sheet for buttons carrying the dynamic property chip="true"."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    accent = palette.color(QPalette.ColorRole.Highlight)
    return f"""
QPushButton[chip="true"] {{
    border: 1px solid {blend(base, text, 0.22).name()};
    border-radius: 11px;  /* Qt drops radii over half the height */
    padding: 4px 12px;
    background: {base.name()};
    color: {text.name()};
}}
QPushButton[chip="true"]:hover {{ border-color: {blend(base, accent, 0.7).name()}; }}
QPushButton[chip="true"]:checked {{
    background: {checked_chip_fill(palette).name()};
    border-color: {blend(base, accent, 0.65).name()};
}}
QPushButton[chip="true"]:focus {{ border: 2px solid {accent.name()}; padding: 3px 11px; }}
"""


class ChipStyle(QObject):
    """Keeps `widget`'s style sheet (`base_sheet` plus the chip style) in step with its
    window's palette, light or dark, while it is open. The window is watched, not the widget:
    a widget with a style sheet of its own no longer receives its parent's palette changes."""

    def __init__(self, widget: QWidget, base_sheet: str = "") -> None:
        super().__init__(widget)
        self._widget = widget
        self._base = base_sheet
        self._window: QWidget | None = None
        widget.installEventFilter(self)
        self._watch()

    def _watch(self) -> None:
        window = self._widget.window()
        if window is not self._window:
            if self._window is not None and self._window is not self._widget:
                self._window.removeEventFilter(self)
            if window is not self._widget:
                window.installEventFilter(self)
            self._window = window
        self.restyle()

    def restyle(self) -> None:
        sheet = self._base + chip_style_sheet(self._widget.window().palette())
        if sheet != self._widget.styleSheet():  # setting a sheet can itself change the palette
            self._widget.setStyleSheet(sheet)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not hasattr(self, "_window"):  # Qt tears the styler down: nothing to keep up
            return False
        kind = event.type()
        if watched is self._widget and kind in (QEvent.Type.ParentChange, QEvent.Type.Show):
            self._watch()  # a form may put the widget's parent into a window only later
        elif watched is self._window and kind == QEvent.Type.PaletteChange:
            self.restyle()
        return False
