"""The painted timeline: one swimlane per theme, marks sized and shaded by intensity.

All geometry comes from `timeline_layout` (pure functions); this widget only paints a `Frame`,
keeps the zoom, the view and the keyboard focus, and turns clicks and keys into navigation.
Hover text is limited to date, themes and intensity: nothing an onlooker could read more from.
"""

from __future__ import annotations

import math
from datetime import datetime

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from healdesk.core.repair import CheckInResult
from healdesk.core.vocabulary import intensity_word
from healdesk.gui.patterns.timeline_layout import (
    DAY,
    MERGE_PX,
    ZOOMS,
    Frame,
    Mark,
    TimelineData,
    Viewport,
    layout,
    mark_at,
    nearest,
    neighbour,
    ticks,
    weekend_spans,
)

AXIS_HEIGHT = 26
LANE_HEIGHT = 36
COMMITMENT_HEIGHT = 28
LABEL_WIDTH = 170
LEGEND_HEIGHT = 22
#: Repairs sit in a band just below the conflict marks of their lane.
REPAIR_DROP = 11
RIGHT_PAD = 14
DRAG_THRESHOLD = 4
COMMITMENT_COLOURS = {
    CheckInResult.KEPT: "#3f8f45",
    CheckInResult.PARTLY: "#d4a72c",
    CheckInResult.NOT_YET: "#8a8a8a",
}


class TimelineCanvas(QWidget):
    """The drawing surface of `TimelineView`. Emits `conflict_activated(id)` on click or Enter
    on a single mark; a click or Enter on an aggregated mark zooms in on it instead."""

    conflict_activated = Signal(int)
    view_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName("Conflict timeline")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setMinimumWidth(LABEL_WIDTH + 160)
        self._data = TimelineData([])
        self._zoom = ZOOMS.index(next(z for z in ZOOMS if z.name == "Year"))
        self._centre: float | None = None
        self._frame: Frame | None = None
        self._focus: tuple[int, float] | None = None
        self._press_x: float | None = None
        self._press_centre = 0.0

    # --- state ----------------------------------------------------------------------------
    def set_data(self, data: TimelineData) -> None:
        """Show new (filtered) data, keeping the zoom; the view moves to the latest entries."""
        self._data = data
        self._focus = None
        # Exactly as tall as its lanes: a short year view leaves no empty canvas below them.
        self.setFixedHeight(self._content_height())
        self.show_latest()

    def show_latest(self) -> None:
        """Move the view so the latest entry sits near the right edge."""
        span = self._data.span
        self._centre = None if span is None else span[1] - self.view().width * self._spp() * 0.45
        self._changed()

    @property
    def data(self) -> TimelineData:
        return self._data

    @property
    def zoom(self) -> int:
        return self._zoom

    def set_zoom(self, index: int, anchor: float | None = None) -> None:
        """Zoom to level `index` of ZOOMS keeping `anchor` (a time; default the centre) in place."""
        index = max(0, min(len(ZOOMS) - 1, index))
        view = self.view()
        anchor = view.centre if anchor is None else anchor
        offset = (anchor - view.centre) / view.seconds_per_px
        self._zoom = index
        self._centre = anchor - offset * self._spp()
        self._changed()

    def pan(self, pixels: float) -> None:
        self._centre = self.view().centre + pixels * self._spp()
        self._changed()

    def centre_on(self, moment: float) -> None:
        self._centre = moment
        self._changed()

    def view(self) -> Viewport:
        width = max(10.0, self.width() - LABEL_WIDTH - RIGHT_PAD)
        centre = self._centre if self._centre is not None else datetime.now().timestamp()
        return Viewport.for_zoom(ZOOMS[self._zoom], centre, width, LABEL_WIDTH)

    def frame(self) -> Frame:
        if self._frame is None:
            # At the finest zoom every entry keeps its own mark, so each can still be opened.
            merge = MERGE_PX if self._zoom > 0 else 0.0
            self._frame = layout(self._data, self.view(), merge)
        return self._frame

    def focused_mark(self) -> Mark | None:
        if self._focus is None:
            return None
        lane, moment = self._focus
        marks = self.frame().marks[lane] if lane < len(self.frame().marks) else []
        for mark in marks:
            if mark.first <= moment <= mark.last:
                return mark
        return None

    def lane_centre(self, lane: int) -> float:
        return AXIS_HEIGHT + lane * LANE_HEIGHT + LANE_HEIGHT / 2

    def lane_at(self, y: float) -> int:
        return int((y - AXIS_HEIGHT) // LANE_HEIGHT) if y >= AXIS_HEIGHT else -1

    def mark_at_point(self, point: QPointF) -> Mark | None:
        return mark_at(self.frame(), self.lane_at(point.y()), point.x())

    def describe(self, mark: Mark) -> str:
        """Hover text: date, themes and intensity, never more."""
        if not mark.is_group:
            conflict = self._data.conflicts[mark.ids[0]]
            themes = ", ".join(conflict.themes) or "No theme"
            when = f"{conflict.happened_at:%a %d %b %Y, %H:%M}"
            return f"{when} · {themes} · {_intensity(conflict.intensity)}"
        first, last = datetime.fromtimestamp(mark.first), datetime.fromtimestamp(mark.last)
        top = (
            f"intensity up to {mark.intensity}"
            if mark.intensity is not None
            else "intensity not noted"
        )
        lane = self._data.lanes[mark.lane].name
        return f"{len(mark.ids)} entries · {first:%d %b} – {last:%d %b %Y} · {lane} · {top}"

    def activate(self, mark: Mark) -> None:
        if mark.is_group:
            self._focus = (mark.lane, mark.first)
            self.set_zoom(self._zoom - 1, (mark.first + mark.last) / 2)
        else:
            self._focus = (mark.lane, mark.first)
            self.update()
            self.conflict_activated.emit(mark.ids[0])

    # --- Qt events ------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        self._frame = None
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _TimelinePainter(self, painter).paint()
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            mark = self.mark_at_point(QPointF(event.pos()))
            if mark is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.describe(mark), self)
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press_x = event.position().x()
            self._press_centre = self.view().centre
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press_x is not None:
            moved = event.position().x() - self._press_x
            if abs(moved) >= DRAG_THRESHOLD:
                self._centre = self._press_centre - moved * self._spp()
                self._changed()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._press_x is not None:
            moved = abs(event.position().x() - self._press_x)
            self._press_x = None
            if moved < DRAG_THRESHOLD:
                mark = self.mark_at_point(event.position())
                if mark is not None:
                    self.activate(mark)
        super().mouseReleaseEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            anchor = self.view().time_at(event.position().x())
            self.set_zoom(self._zoom + (-1 if delta.y() > 0 else 1), anchor)
        else:
            self.pan(-(delta.x() or delta.y()) / 120 * 60)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            self._step(1 if key == Qt.Key.Key_Right else -1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._change_lane(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            mark = self.focused_mark()
            if mark is not None:
                self.activate(mark)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_zoom(self._zoom - 1, self._focus_time())
        elif key == Qt.Key.Key_Minus:
            self.set_zoom(self._zoom + 1, self._focus_time())
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.pan(self.view().width * (0.8 if key == Qt.Key.Key_PageDown else -0.8))
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self._jump(first=key == Qt.Key.Key_Home)
        else:
            super().keyPressEvent(event)

    # --- navigation -----------------------------------------------------------------------
    def _step(self, direction: int) -> None:
        current = self._mark_to_move_from()
        if current is None:
            return
        marks = self.frame().marks[current.lane]
        position = marks.index(current) + direction
        if 0 <= position < len(marks) and self._visible(marks[position]):
            self._set_focus(current.lane, marks[position].first)
            return
        edge = current.last if direction > 0 else current.first
        moment = neighbour(self._data.lanes[current.lane], edge, direction)
        if moment is not None:
            self._centre = moment
            self._set_focus(current.lane, moment)

    def _change_lane(self, direction: int) -> None:
        current = self._mark_to_move_from()
        if current is None:
            return
        lane = current.lane + direction
        if not 0 <= lane < len(self._data.lanes):
            return
        moment = nearest(self._data.lanes[lane], (current.first + current.last) / 2)
        if moment is not None:
            if not self.view().start <= moment <= self.view().end:
                self._centre = moment
            self._set_focus(lane, moment)

    def _jump(self, first: bool) -> None:
        lane = self._focus[0] if self._focus else 0
        if lane < len(self._data.lanes) and self._data.lanes[lane].times:
            times = self._data.lanes[lane].times
            moment = times[0] if first else times[-1]
            # The entry near the edge it belongs to, so the view shows what lies beside it.
            self._centre = moment + self.view().width * self._spp() * (0.4 if first else -0.4)
            self._set_focus(lane, moment)

    def _mark_to_move_from(self) -> Mark | None:
        """The focused mark an arrow key moves on from. With none focused yet, the first key
        press only focuses the first visible entry, and None says the press is used up."""
        if not self._data.lanes:
            return None
        current = self.focused_mark()
        if current is None:
            self._focus_first_visible()
        return current

    def _focus_first_visible(self) -> None:
        for lane, marks in enumerate(self.frame().marks):
            visible = [m for m in marks if self._visible(m)]
            if visible:
                self._set_focus(lane, visible[0].first)
                return
        if self._data.lanes and self._data.lanes[0].times:
            self._jump(first=False)

    def _set_focus(self, lane: int, moment: float) -> None:
        self._focus = (lane, moment)
        self._changed()
        mark = self.focused_mark()
        self.setAccessibleDescription(self.describe(mark) if mark else "")

    def _focus_time(self) -> float | None:
        mark = self.focused_mark()
        return (mark.first + mark.last) / 2 if mark else None

    def _visible(self, mark: Mark) -> bool:
        return LABEL_WIDTH <= mark.x <= self.width() - RIGHT_PAD

    def _spp(self) -> float:
        width = max(10.0, self.width() - LABEL_WIDTH - RIGHT_PAD)
        return ZOOMS[self._zoom].days * DAY / width

    def _content_height(self) -> int:
        return (
            AXIS_HEIGHT
            + max(1, len(self._data.lanes)) * LANE_HEIGHT
            + COMMITMENT_HEIGHT
            + LEGEND_HEIGHT
        )

    def _changed(self) -> None:
        self._frame = None
        self.update()
        self.view_changed.emit()


def _diamond(x: float, y: float, size: float) -> QPolygonF:
    return QPolygonF(
        [QPointF(x, y - size), QPointF(x + size, y), QPointF(x, y + size), QPointF(x - size, y)]
    )


def _triangle(x: float, y: float) -> QPolygonF:
    return QPolygonF([QPointF(x, y - 5), QPointF(x + 4.5, y + 4), QPointF(x - 4.5, y + 4)])


def _intensity(value: int | None) -> str:
    return (
        "intensity not noted" if value is None else f"intensity {value} ({intensity_word(value)})"
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


class _TimelinePainter:
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
                "No entries to show here.",
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
            if tick.label and tick.x + 3 > last_label_end:
                self.p.setPen(self.text)
                self.p.drawText(QPointF(tick.x + 3, AXIS_HEIGHT - 8), tick.label)
                last_label_end = tick.x + 3 + metrics.horizontalAdvance(tick.label) + 6

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
            ("conflict (bigger, darker: more intense)", None, None),
            ("several (taller: more)", capsule, quiet),
            ("repair", _diamond(0, 0, 4), None),
            *[
                (word, _triangle(0, 0), QColor(COMMITMENT_COLOURS[result]))
                for word, result in (
                    ("kept", CheckInResult.KEPT),
                    ("partly", CheckInResult.PARTLY),
                    ("not yet", CheckInResult.NOT_YET),
                )
            ],
            ("not checked", _triangle(0, 0), QColor()),
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
            name = metrics.elidedText(lane.name, Qt.TextElideMode.ElideRight, LABEL_WIDTH - 36)
            self.p.drawText(QPointF(26, y + metrics.ascent() / 2 - 1), name)
        self.p.setPen(QColor(self.palette.placeholderText().color()))
        y = plot_bottom + COMMITMENT_HEIGHT / 2
        self.p.drawText(QPointF(26, y + metrics.ascent() / 2 - 1), "Commitments")
        self.p.setPen(QPen(self.grid, 1))
        self.p.drawLine(
            QPointF(LABEL_WIDTH - 6, 0), QPointF(LABEL_WIDTH - 6, plot_bottom + COMMITMENT_HEIGHT)
        )
        self.p.drawLine(QPointF(0, plot_bottom), QPointF(self.canvas.width(), plot_bottom))
