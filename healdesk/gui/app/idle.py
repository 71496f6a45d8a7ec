"""Idle auto-lock: input anywhere in the app resets it, so it never fires while typing.

Time is read from an injectable wall clock (time.time by default), not a monotonic one: a
monotonic clock stops while the computer sleeps, so after waking the idle time would look
short. With the wall clock, the first check after waking sees the whole gap and locks.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

#: What counts as the person being there. Paint, focus and timer events do not.
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.InputMethod,
        QEvent.Type.ShortcutOverride,
    }
)
CHECK_INTERVAL_MS = 5_000


class IdleLock(QObject):
    """Emits `idle` once when no input arrived for `timeout` seconds; install on the app."""

    idle = Signal()

    def __init__(
        self,
        timeout: float,
        clock: Callable[[], float] = time.time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.timeout = timeout
        self._last_input = clock()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check)

    def set_check_interval(self, msecs: int) -> None:
        """How often idle time is checked (tests shorten it; people never need to)."""
        self._timer.setInterval(msecs)

    def start(self) -> None:
        self._last_input = self._clock()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def seconds_since_input(self) -> float:
        return self._clock() - self._last_input

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._last_input = self._clock()
        return False

    def check(self) -> None:
        """Lock if idle long enough; a clock set backwards counts as fresh input."""
        if not self.active:
            return
        now = self._clock()
        if now < self._last_input:
            self._last_input = now
        elif now - self._last_input >= self.timeout:
            self.stop()
            self.idle.emit()
