"""The timeline widget: keeps the zoom, the view and the keyboard focus, and turns clicks, keys
and the wheel into navigation.

All geometry comes from `timeline_layout` (pure functions) and the painting from
`timeline_painter`. Hover text is limited to date, themes and intensity: nothing an onlooker
could read more from.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import (
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from healdesk.core.language import vocabulary
from healdesk.core.language.vocabulary import counted
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
)
from healdesk.gui.patterns.timeline_painter import (
    AXIS_HEIGHT,
    COMMITMENT_HEIGHT,
    LABEL_WIDTH,
    LANE_HEIGHT,
    LEGEND_HEIGHT,
    TimelinePainter,
    intensity_text,
)
from healdesk.i18n import _, format_local_pattern

RIGHT_PAD = 14
DRAG_THRESHOLD = 4


class TimelineCanvas(QWidget):
    """The drawing surface of `TimelineView`. Emits `conflict_activated(id)` on click or Enter
    on a single mark; a click or Enter on an aggregated mark zooms in on it instead."""

    conflict_activated = Signal(int)
    view_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName(_("Conflict timeline"))
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

    def zoom_to(self, index: int) -> None:
        """Zoom chosen from the zoom box: around the focused entry, else the latest entry in
        view, so Month shows the latest month (around the view's centre it showed the middle
        of the journal's range)."""
        view = self.view()
        shown = [t for lane in self._data.lanes for t in lane.times if view.start <= t <= view.end]
        self.set_zoom(index, self._focus_time() or (max(shown) if shown else None))

    def page(self, direction: int) -> None:
        """Most of a view earlier (-1) or later (1), as PageUp and PageDown."""
        self.pan(self.view().width * 0.8 * direction)

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
            entries, index = self._data.entries, self._data.conflicts[mark.ids[0]]
            assert entries is not None  # a shown entry came from them
            themes = ", ".join(entries.themes[index]) or _("No theme")
            when = format_local_pattern(entries.wall_time(index), "EEE dd MMM y, HH:mm")
            return f"{when} · {themes} · {intensity_text(entries.intensities[index])}"
        first, last = datetime.fromtimestamp(mark.first), datetime.fromtimestamp(mark.last)
        top = (
            _("intensity up to {intensity}").format(
                intensity=vocabulary.intensity_text(mark.intensity)
            )
            if mark.intensity is not None
            else _("intensity not noted")
        )
        lane = self._data.lanes[mark.lane].name
        span = _("{first} – {last}").format(
            first=format_local_pattern(first, "d MMM"), last=format_local_pattern(last, "d MMM y")
        )
        entries = counted(len(mark.ids), "{n} entry", "{n} entries")
        return f"{entries} · {span} · {lane} · {top}"

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
        TimelinePainter(self, painter).paint()
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
            self.page(1 if key == Qt.Key.Key_PageDown else -1)
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
