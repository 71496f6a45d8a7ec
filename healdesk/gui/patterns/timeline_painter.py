"""Painting one frame of the timeline: swimlanes per theme, marks sized and shaded by
intensity, repairs and links, commitments, the axis, the legend and the lane labels.

Kept apart from the widget (`timeline_canvas`), which only decides what is in view; each lane's
pens and mark sprites are made once and reused across frames.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
)

from healdesk.core.language import vocabulary
from healdesk.core.language.words import check_in_word
from healdesk.core.repairs.repair import CheckInResult
from healdesk.gui.patterns.timeline_axis import ticks, weekend_spans
from healdesk.gui.patterns.timeline_layout import NO_THEME
from healdesk.i18n import _

if TYPE_CHECKING:
    from healdesk.gui.patterns.timeline_canvas import TimelineCanvas

AXIS_HEIGHT = 26
LANE_HEIGHT = 36
COMMITMENT_HEIGHT = 28
LABEL_WIDTH = 170
LEGEND_HEIGHT = 22
#: Repairs sit in a band just below the conflict marks of their lane.
REPAIR_DROP = 11
COMMITMENT_COLOURS = {
    CheckInResult.KEPT: "#3f8f45",
    CheckInResult.PARTLY: "#d4a72c",
    CheckInResult.NOT_YET: "#8a8a8a",
}


def _diamond(x: float, y: float, size: float) -> QPolygonF:
    return QPolygonF(
        [QPointF(x, y - size), QPointF(x + size, y), QPointF(x, y + size), QPointF(x - size, y)]
    )


def _triangle(x: float, y: float) -> QPolygonF:
    return QPolygonF([QPointF(x, y - 5), QPointF(x + 4.5, y + 4), QPointF(x - 4.5, y + 4)])


def intensity_text(value: int | None) -> str:
    return (
        _("intensity not noted")
        if value is None
        else _("intensity: {intensity}").format(intensity=vocabulary.intensity_text(value))
    )


class _LaneStyle:
    """A lane's pens, brushes and mark sprites, made once rather than once per mark: a
    pre-drawn circle is blitted several times faster than an antialiased one is drawn."""

    __slots__ = ("fills", "link", "outline", "repair", "sprites")

    def __init__(self, colour: str) -> None:
        base = QColor(colour)
        self.outline = QPen(base.darker(135), 1.0)
        self.repair = QPen(base.darker(130), 1.4)
        faded = QColor(base)
        faded.setAlpha(170)
        self.link = QPen(faded, 1.3)
        self.fills = []
        for intensity in range(11):  # more intense: more opaque
            fill = QColor(base)
            fill.setAlpha(95 + 16 * intensity)
            self.fills.append(QBrush(fill))
        self.sprites: dict[tuple[int, float, float, float], QPixmap] = {}

    def sprite(self, intensity: int, width: float, height: float, ratio: float) -> QPixmap:
        """The mark for this intensity and size (to a quarter pixel) at this pixel ratio: a
        circle when width equals height, else a capsule."""
        key = (intensity, round(width * 4) / 4, round(height * 4) / 4, ratio)
        pixmap = self.sprites.get(key)
        if pixmap is None:
            w, h = math.ceil(key[1] + 3), math.ceil(key[2] + 3)
            pixmap = QPixmap(round(w * ratio), round(h * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(self.outline)
            painter.setBrush(self.fills[intensity])
            shape = QRectF((w - key[1]) / 2, (h - key[2]) / 2, key[1], key[2])
            painter.drawRoundedRect(shape, key[1] / 2, key[1] / 2)
            painter.end()
            self.sprites[key] = pixmap
        return pixmap


def _lane_style(colour: str) -> _LaneStyle:
    style = _STYLES.get(colour)
    if style is None:
        style = _STYLES[colour] = _LaneStyle(colour)
    return style


_STYLES: dict[str, _LaneStyle] = {}


class TimelinePainter:
    """Paints one frame of a canvas with the canvas's palette (light or dark alike)."""

    def __init__(self, canvas: TimelineCanvas, painter: QPainter) -> None:
        self.canvas, self.p = canvas, painter
        self.palette = canvas.palette()
        self.view = canvas.view()
        self.frame = canvas.frame()
        self.lanes = canvas.data.lanes
        self.text = self.palette.text().color()
        self.grid = QColor(self.palette.mid().color())
        self.styles = [_lane_style(lane.colour) for lane in self.lanes]

    def paint(self) -> None:
        width, height = self.canvas.width(), self.canvas.height()
        self.p.fillRect(0, 0, width, height, self.palette.base())
        plot_bottom = AXIS_HEIGHT + len(self.lanes) * LANE_HEIGHT
        for lane in range(len(self.lanes)):
            if lane % 2:
                top = AXIS_HEIGHT + lane * LANE_HEIGHT
                self.p.fillRect(0, top, width, LANE_HEIGHT, self.palette.alternateBase())
        self.p.setClipRect(QRectF(LABEL_WIDTH, 0, width - LABEL_WIDTH, height))
        self._weekends(plot_bottom + COMMITMENT_HEIGHT)
        self._axis(plot_bottom + COMMITMENT_HEIGHT)
        self._links()
        self._marks()
        self._commitments(plot_bottom)
        self._focus()
        self.p.setClipping(False)
        self._labels(plot_bottom)
        self._legend(plot_bottom + COMMITMENT_HEIGHT)
        if not self.lanes:
            self.p.setPen(self.text)
            self.p.drawText(
                QRectF(LABEL_WIDTH, AXIS_HEIGHT, width - LABEL_WIDTH, LANE_HEIGHT),
                Qt.AlignmentFlag.AlignCenter,
                _("No entries to show here."),
            )

    def _weekends(self, bottom: float) -> None:
        shade = QColor(self.grid)
        shade.setAlpha(38)
        for x_from, x_to in weekend_spans(self.view):
            self.p.fillRect(QRectF(x_from, AXIS_HEIGHT, x_to - x_from, bottom - AXIS_HEIGHT), shade)

    def _axis(self, bottom: float) -> None:
        line = QColor(self.grid)
        metrics = QFontMetrics(self.canvas.font())
        last_label_end = -1e9
        for tick in ticks(self.view):
            line.setAlpha(150 if tick.major else 70)
            self.p.setPen(QPen(line, 1))
            self.p.drawLine(QPointF(tick.x, AXIS_HEIGHT - 4), QPointF(tick.x, bottom))
            width = metrics.horizontalAdvance(tick.label)
            left = tick.x + 3 if tick.centre is None else tick.centre - width / 2
            if tick.label and left > last_label_end:
                self.p.setPen(self.text)
                self.p.drawText(QPointF(left, AXIS_HEIGHT - 8), tick.label)
                last_label_end = left + width + 6

    def _links(self) -> None:
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        for link in self.frame.links:
            self.p.setPen(self.styles[link.lane].link)
            y = self.canvas.lane_centre(link.lane)
            path = QPainterPath(QPointF(link.x_from, y))
            path.cubicTo(
                QPointF(link.x_from, y + REPAIR_DROP),
                QPointF(link.x_to - min(12.0, (link.x_to - link.x_from) / 2), y + REPAIR_DROP),
                QPointF(link.x_to, y + REPAIR_DROP),
            )
            self.p.drawPath(path)
        self.p.setBrush(self.palette.base())
        for lane, x in self.frame.repair_marks:
            y = self.canvas.lane_centre(lane) + REPAIR_DROP
            self.p.setPen(self.styles[lane].repair)
            self.p.drawPolygon(_diamond(x, y, 4))

    def _marks(self) -> None:
        for lane_marks in self.frame.marks:
            if not lane_marks:
                continue
            style = self.styles[lane_marks[0].lane]
            y = self.canvas.lane_centre(lane_marks[0].lane)
            ratio = self.canvas.devicePixelRatioF()
            for mark in lane_marks:
                intensity = 5 if mark.intensity is None else mark.intensity
                sprite = style.sprite(intensity, mark.radius * 2, mark.height, ratio)
                self.p.drawPixmap(
                    QPointF(mark.x - sprite.width() / ratio / 2, y - sprite.height() / ratio / 2),
                    sprite,
                )

    def _commitments(self, top: float) -> None:
        y = top + COMMITMENT_HEIGHT / 2
        for x, result in self.frame.commitment_marks:
            if result is None:
                self.p.setPen(QPen(self.grid, 1.2))
                self.p.setBrush(Qt.BrushStyle.NoBrush)
            else:
                colour = QColor(COMMITMENT_COLOURS[result])
                self.p.setPen(QPen(colour.darker(130), 1))
                self.p.setBrush(colour)
            self.p.drawPolygon(_triangle(x, y))

    def _focus(self) -> None:
        mark = self.canvas.focused_mark()
        if mark is None or not self.canvas.hasFocus():
            return
        self.p.setPen(QPen(self.palette.highlight().color(), 2.2))
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        y = self.canvas.lane_centre(mark.lane)
        ring = QRectF(
            mark.x - mark.radius - 4, y - mark.height / 2 - 4, mark.radius * 2 + 8, mark.height + 8
        )
        self.p.drawRoundedRect(ring, mark.radius + 4, mark.radius + 4)

    def _legend(self, top: float) -> None:
        """What the shapes mean, in one quiet line under the plot."""
        metrics = QFontMetrics(self.canvas.font())
        self.p.setPen(QPen(self.grid, 1))
        self.p.drawLine(QPointF(0, top), QPointF(self.canvas.width(), top))
        y = top + LEGEND_HEIGHT / 2
        baseline = y + metrics.ascent() / 2 - 1
        quiet = self.palette.placeholderText().color()
        x = 26.0
        capsule = QPolygonF(QRectF(-3, -6, 6, 12))
        items: list[tuple[str, QPolygonF | None, QColor | None]] = [
            (_("conflict (bigger, darker: more intense)"), None, None),
            (_("several (taller: more)"), capsule, quiet),
            (_("repair"), _diamond(0, 0, 4), None),
            *[
                (check_in_word(result), _triangle(0, 0), QColor(COMMITMENT_COLOURS[result]))
                for result in CheckInResult
            ],
            (_("not checked"), _triangle(0, 0), QColor()),
        ]
        for text, shape, fill in items:
            self.p.setPen(QPen(quiet, 1.2))
            if shape is None:
                self.p.setBrush(quiet)
                self.p.drawEllipse(QPointF(x, y), 4, 4)
            else:
                self.p.setBrush(
                    fill if fill is not None and fill.isValid() else Qt.BrushStyle.NoBrush
                )
                self.p.drawPolygon(shape.translated(x, y))
            self.p.drawText(QPointF(x + 8, baseline), text)
            x += 8 + metrics.horizontalAdvance(text) + 18

    def _labels(self, plot_bottom: float) -> None:
        metrics = QFontMetrics(self.canvas.font())
        self.p.fillRect(QRectF(0, 0, LABEL_WIDTH - 6, self.canvas.height()), self.palette.base())
        for index, lane in enumerate(self.lanes):
            y = self.canvas.lane_centre(index)
            if index % 2:
                top = AXIS_HEIGHT + index * LANE_HEIGHT
                self.p.fillRect(
                    QRectF(0, top, LABEL_WIDTH - 6, LANE_HEIGHT), self.palette.alternateBase()
                )
            self.p.setPen(Qt.PenStyle.NoPen)
            self.p.setBrush(QColor(lane.colour))
            self.p.drawRoundedRect(QRectF(8, y - 6, 12, 12), 3, 3)
            self.p.setPen(self.text)
            name = metrics.elidedText(
                _(lane.name) if lane.name == NO_THEME else lane.name,
                Qt.TextElideMode.ElideRight,
                LABEL_WIDTH - 36,
            )
            self.p.drawText(QPointF(26, y + metrics.ascent() / 2 - 1), name)
        self.p.setPen(QColor(self.palette.placeholderText().color()))
        y = plot_bottom + COMMITMENT_HEIGHT / 2
        self.p.drawText(QPointF(26, y + metrics.ascent() / 2 - 1), _("Commitments"))
        self.p.setPen(QPen(self.grid, 1))
        self.p.drawLine(
            QPointF(LABEL_WIDTH - 6, 0), QPointF(LABEL_WIDTH - 6, plot_bottom + COMMITMENT_HEIGHT)
        )
        self.p.drawLine(QPointF(0, plot_bottom), QPointF(self.canvas.width(), plot_bottom))
