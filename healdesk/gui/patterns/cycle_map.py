"""CycleMap: the loop between us as a picture, my move -> their move -> my move again.

Two rounded boxes (my move on the left, theirs on the right) joined by two curved arrows; the
upper arrow carries how many entries noted both moves, the lower one how many showed my move
coming again after theirs (drawn only when the writer's order showed it). Painted with the
palette, so it follows light and dark. Describes moves, never people.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from healdesk.core.analysis.cycles import ThemeLoop
from healdesk.core.analysis.moves import their_word
from healdesk.core.language.vocabulary import shown


class CycleMap(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loop: ThemeLoop | None = None
        self._person = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(150)

    def sizeHint(self) -> QSize:
        return QSize(460, 150)

    def set_loop(self, loop: ThemeLoop | None, description: str = "") -> None:
        self._loop = loop
        self.setAccessibleName(self.tr("The loop between you"))
        self.setAccessibleDescription(description)
        self.update()

    def clear(self) -> None:
        self.set_loop(None)

    def texts(self) -> tuple[str, str, str, str]:
        """The words drawn: my box, their box, the upper and the lower arrow's label."""
        loop = self._loop
        if loop is None:
            return "", "", "", ""
        who = loop.person or self.tr("They")
        upper = self.tr("noted together: %1").replace("%1", str(loop.together))
        lower = (
            self.tr("then you again: %1").replace("%1", str(loop.then_me)) if loop.then_me else ""
        )
        return (
            self.tr("You: %1").replace("%1", shown(loop.my_move)),
            f"{who}: {their_word(loop.their_move)}",
            upper,
            lower,
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._loop is None:
            return
        mine, theirs, upper, lower = self.texts()
        palette = self.palette()
        text = palette.windowText().color()
        fill = palette.alternateBase().color()
        accent = palette.highlight().color()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetricsF(self.font())
        width, height = float(self.width()), float(self.height())
        box_w = min(
            width * 0.36,
            max(metrics.horizontalAdvance(mine), metrics.horizontalAdvance(theirs)) + 28,
        )
        box_h = metrics.height() * 2.4
        middle = height / 2
        left = QRectF(8, middle - box_h / 2, box_w, box_h)
        right = QRectF(width - 8 - box_w, middle - box_h / 2, box_w, box_h)
        for rect, words in ((left, mine), (right, theirs)):
            painter.setPen(QPen(accent, 1.5))
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, 10, 10)
            painter.setPen(text)
            painter.drawText(
                rect.adjusted(8, 0, -8, 0),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                words,
            )
        lift = middle - 12
        self._arrow(
            painter,
            accent,
            QPointF(left.right(), middle - 8),
            QPointF(right.left(), middle - 8),
            -lift * 0.9,
            upper,
            text,
        )
        if lower:
            self._arrow(
                painter,
                accent,
                QPointF(right.left(), middle + 8),
                QPointF(left.right(), middle + 8),
                lift * 0.9,
                lower,
                text,
            )
        painter.end()

    @staticmethod
    def _arrow(
        painter: QPainter,
        colour: QColor,
        start: QPointF,
        end: QPointF,
        bend: float,
        label: str,
        text: QColor,
    ) -> None:
        """A curved arrow from `start` to `end`, bowed by `bend` pixels, labelled mid-way."""
        mid = QPointF((start.x() + end.x()) / 2, (start.y() + end.y()) / 2 + bend)
        path = QPainterPath(start)
        path.quadTo(mid, end)
        painter.setPen(QPen(colour, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        direction = end - path.pointAtPercent(0.94)
        length = max((direction.x() ** 2 + direction.y() ** 2) ** 0.5, 1e-6)
        ux, uy = direction.x() / length, direction.y() / length
        head = QPolygonF(
            [
                end,
                QPointF(end.x() - 10 * ux + 5 * uy, end.y() - 10 * uy - 5 * ux),
                QPointF(end.x() - 10 * ux - 5 * uy, end.y() - 10 * uy + 5 * ux),
            ]
        )
        painter.setBrush(colour)
        painter.drawPolygon(head)
        top = path.pointAtPercent(0.5)
        painter.setPen(text)
        box = QRectF(top.x() - 110, top.y() - (22 if bend < 0 else -4), 220, 18)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
