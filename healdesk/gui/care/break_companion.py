"""The break companion: "I need a break" starts a calm timer of at least twenty minutes with a
return within a day, offers to note what happened as a draft, and invites soothing.

Time is read from the wall clock against the break kept in the vault, so a lock, a sleep or
a restart never loses or stretches it: the window is scrubbed at lock like any other, and
after the next unlock it comes back showing the time still left. It never nags: no sound, no
notification, no window raised when the time is up; the words change, that is all. The title
stays the app's name.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from healdesk import APP_NAME
from healdesk.core.safety import breaks
from healdesk.core.safety.breaks import Break
from healdesk.gui.base.windows import present
from healdesk.gui.widgets.calm import (
    PAGE_MARGIN,
    PAGE_SPACING,
    add_heading,
    scaled_font,
    wrapped_label,
)
from healdesk.gui.widgets.keyboard import tab_leaves
from healdesk.i18n import _
from healdesk.vault import Journal

Clock = Callable[[], datetime]
TICK_MS = 1000


def wall_clock() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class BreakCompanion(QDialog):
    """`note_requested` asks the journal window for a new entry (kept as a draft)."""

    note_requested = Signal()

    def __init__(self, journal: Journal, clock: Clock | None = None, parent=None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.clock = clock or (lambda: wall_clock())  # read late: tests set the time
        self.setWindowTitle(APP_NAME)
        self.setObjectName("BreakCompanion")
        self.setWindowModality(Qt.WindowModality.NonModal)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN // 2, PAGE_MARGIN, PAGE_MARGIN // 2)
        layout.setSpacing(PAGE_SPACING)
        add_heading(layout, self, _(breaks.TITLE), _(breaks.WHY))
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._plan_page())
        self.pages.addWidget(self._running_page())
        layout.addWidget(self.pages, 1)
        self.timer = QTimer(self, interval=TICK_MS)
        self.timer.timeout.connect(self.tick)
        running = journal.running_break()
        if running is not None:
            self._show_running(running)

    # --- building -----------------------------------------------------------------------
    def _page(self) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(PAGE_SPACING)
        return page, layout

    @staticmethod
    def _finish(layout: QVBoxLayout, left: list[QWidget], right: list[QWidget]) -> None:
        """A row of buttons (some left, some right), then the page's free space."""
        row = QHBoxLayout()
        for widget in left:
            row.addWidget(widget)
        row.addStretch(1)
        for widget in right:
            row.addWidget(widget)
        layout.addLayout(row)
        layout.addStretch(1)

    def _plan_page(self) -> QWidget:
        page, layout = self._page()
        layout.addWidget(wrapped_label(_(breaks.SAY_IT), page, muted=True))
        now = QDateTime(self.clock().astimezone())
        self.back_at = QDateTimeEdit(now.addSecs(breaks.DEFAULT_MINUTES * 60), page)
        self.back_at.setDateTimeRange(
            now.addSecs(breaks.MIN_MINUTES * 60), now.addSecs(breaks.MAX_MINUTES * 60)
        )
        self.back_at.setDisplayFormat(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
        tab_leaves(self.back_at)
        form = QFormLayout()
        form.addRow(self.tr("Back to the conversation at"), self.back_at)
        layout.addLayout(form)
        self.start_button = QPushButton(self.tr("&Start my break"), page)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self._finish(layout, [], [self.start_button])
        return page

    def _running_page(self) -> QWidget:
        page, layout = self._page()
        self.caption = wrapped_label(_(breaks.RUNNING), page, muted=True)
        self.clock_label = wrapped_label("", page)
        self.clock_label.setFont(scaled_font(self.clock_label, 2.6))
        self.clock_label.setAccessibleName(_(breaks.RUNNING))
        self.until_label = wrapped_label("", page)
        self.soothing = wrapped_label(_(breaks.SOOTHING), page)
        for widget in (self.caption, self.clock_label, self.until_label, self.soothing):
            layout.addWidget(widget)
        layout.addWidget(wrapped_label(_(breaks.NOTE_OFFER), page, muted=True))
        self.note_button = QPushButton(self.tr("&Note what happened\u2026"), page)
        self.end_button = QPushButton(self.tr("&End the break"), page)
        self.note_button.clicked.connect(self.note_requested.emit)
        self.end_button.clicked.connect(self.end)
        self._finish(layout, [self.note_button], [self.end_button])
        return page

    # --- the break ----------------------------------------------------------------------
    def planned_minutes(self) -> int:
        seconds = self.clock().astimezone().timestamp()
        chosen = self.back_at.dateTime().toSecsSinceEpoch()
        return max(breaks.MIN_MINUTES, min(breaks.MAX_MINUTES, round((chosen - seconds) / 60)))

    def start(self) -> None:
        planned = Break.planned(self.clock(), self.planned_minutes())
        self.journal.start_break(planned)
        self._show_running(planned)

    def _show_running(self, running: Break) -> None:
        self.running = running
        until = QDateTime(running.until.astimezone())
        when = QLocale().toString(until.time(), QLocale.FormatType.ShortFormat)
        if running.until.astimezone().date() != self.clock().astimezone().date():
            when = QLocale().toString(until, QLocale.FormatType.ShortFormat)
        self.until_label.setText(_(breaks.BACK_AT).format(time=when))
        self.pages.setCurrentIndex(1)
        self.tick()
        if not running.over(self.clock()):
            self.timer.start()

    def tick(self) -> None:
        """Read the wall clock: the time left, or, once it is over, calm words (no more)."""
        now = self.clock()
        self.clock_label.setText(breaks.clock_text(self.running.remaining(now)))
        if self.running.over(now):
            self.timer.stop()
            self.caption.setText(_(breaks.OVER))

    def end(self) -> None:
        self.timer.stop()
        self.journal.end_break()
        self.accept()

    def close_for_lock(self) -> None:
        """The break goes on in the vault; only the window closes."""
        self.timer.stop()
        self.reject()


def open_break_companion(
    window: QWidget, journal: Journal, clock: Clock | None = None
) -> BreakCompanion:
    """The companion of this window (one at a time), planning a break or showing the one
    that is running."""
    for found in window.findChildren(BreakCompanion):
        if found.isVisible():
            found.raise_()
            return found
    companion = BreakCompanion(journal, clock, window)
    companion.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    note = getattr(window, "new_entry", None)
    if callable(note):
        companion.note_requested.connect(note)
    present(companion)
    return companion


def resume_break(window: QWidget, journal: Journal, clock: Clock | None = None) -> bool:
    """After unlock: a break still running comes back with the time left; one that ended
    while the journal was locked is simply finished (nothing pops up about it)."""
    running = journal.running_break()
    if running is None:
        return False
    if running.over((clock or wall_clock)()):
        journal.end_break()
        return False
    open_break_companion(window, journal, clock)
    return True
