"""Chip: a soft, rounded word button that paints itself from the current palette.

Light and dark both read calmly: a checked chip is tinted, not shouted in the full highlight
colour, and shows a check mark (the tint alone is 1.3:1, too faint to tell picked from not).
Chips paint themselves instead of taking a style sheet: the entry dialog holds about ninety,
and Qt's style sheet engine polished, sized and hid each one separately, which was most of the
time an entry took to open and to save.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QStyle, QWidget

from healdesk.gui.widgets.section_looks import blend

PADDING_X, PADDING_Y = 12, 4  # room around the word, inside the border
GAP = 4  # between the check mark (or an icon) and the word
RADIUS = 11  # rounded, but never a full pill: long chips stay readable as buttons


def checked_chip_fill(palette: QPalette) -> QColor:
    """The soft tint of a checked chip (its check mark, not this fill, tells it apart)."""
    base = palette.color(QPalette.ColorRole.Base)
    return blend(base, palette.color(QPalette.ColorRole.Highlight), 0.22)


class Chip(QAbstractButton):
    """A rounded word button. A checkable one shows a check mark while checked, in the text
    colour, and keeps the mark's room while not (the word then sits in the middle), so a chip
    never changes size under the pointer. A non-checkable one may carry an icon (a theme's
    colour) in that place. Never a default button: Return in a nearby field must not press it."""

    def __init__(self, text: str, parent: QWidget, checkable: bool = True) -> None:
        super().__init__(parent)
        self.setText(text)
        self.setCheckable(checkable)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)  # repaint the border on hover
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def _lead(self) -> int:
        """The side of the square before the word: the check mark's room, or the icon's."""
        if self.isCheckable():
            return max(8, self.fontMetrics().height() * 2 // 3)
        return 0 if self.icon().isNull() else self.iconSize().height()

    def sizeHint(self) -> QSize:  # Qt override
        metrics = self.fontMetrics()
        lead = self._lead()
        width = metrics.horizontalAdvance(self.text()) + (lead + GAP if lead else 0)
        height = max(metrics.height(), lead)
        return QSize(width + 2 * (PADDING_X + 1), height + 2 * (PADDING_Y + 1))

    def minimumSizeHint(self) -> QSize:  # Qt override
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:  # Qt override
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        accent = palette.color(QPalette.ColorRole.Highlight)
        picked = self.isChecked() or self.isDown()
        if self.hasFocus():
            border, width = accent, 2
        elif self.underMouse() and self.isEnabled():
            border, width = blend(base, accent, 0.7), 1
        else:
            border, width = blend(base, accent if picked else text, 0.65 if picked else 0.22), 1
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(border, width))
        painter.setBrush(checked_chip_fill(palette) if picked else base)
        outline = QRectF(self.rect()).adjusted(width / 2, width / 2, -width / 2, -width / 2)
        radius = min(RADIUS, outline.height() / 2)
        painter.drawRoundedRect(outline, radius, radius)

        inside = self.rect().adjusted(PADDING_X + 1, PADDING_Y + 1, -PADDING_X - 1, -PADDING_Y - 1)
        lead = self._lead()
        if lead and self.isCheckable() and not self.isChecked():
            inside.adjust((lead + GAP) // 2, 0, 0, 0)  # the mark's room, shared out both sides
        elif lead:
            square = QRect(inside.left(), inside.center().y() - lead // 2 + 1, lead, lead)
            square = QStyle.visualRect(self.layoutDirection(), self.rect(), square)
            if self.isCheckable():
                self._paint_mark(painter, square, text)
            else:
                self.icon().paint(painter, square)
            inside.setLeft(inside.left() + lead + GAP)
        painter.setPen(text)
        painter.drawText(
            QStyle.visualRect(self.layoutDirection(), self.rect(), inside),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading,
            self.text(),
        )
        painter.end()

    @staticmethod
    def _paint_mark(painter: QPainter, square: QRect, colour: QColor) -> None:
        side = square.width()
        painter.setPen(
            QPen(colour, side / 6, c=Qt.PenCapStyle.RoundCap, j=Qt.PenJoinStyle.RoundJoin)
        )
        painter.drawPolyline(
            [
                QPointF(square.left() + side * x, square.top() + side * y)
                for x, y in ((0.15, 0.55), (0.4, 0.78), (0.85, 0.25))
            ]
        )

    def discard(self) -> None:
        """Blank the chip before it goes: deleteLater leaves it in the widget tree until the
        event loop runs, and a lock must leave no words behind even for that long."""
        self.hide()
        self.setText("")
        self.setAccessibleName("")
        self.setToolTip("")
        self.deleteLater()
